-- Key places (重点部位) and hazard sources (危险源) of village and unit grids: what the key-hazard
-- inspection form (《重点隐患排查表》, regulation 三（二）2) lists for a grid, and what a unit must
-- monitor strictly (三（三）3: 对重点部位、危险源严格监控). Portable between H2 2.x and PostgreSQL.
-- Ids come from sg_registry_seq, like every registry row.

create table sg_key_place (
  id            bigint       not null primary key,
  grid_id       bigint       not null references sg_grid (id) on delete cascade,
  code          varchar(64)  not null,
  name          varchar(100) not null,
  hazard_source boolean      not null default false,
  description   varchar(500),
  version       bigint       not null default 0,
  constraint uk_key_place_code unique (code)
);

create index ix_key_place_grid on sg_key_place (grid_id);
