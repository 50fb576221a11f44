-- The three-level grid registry (regulation section 三): towns, areas, grids, people, their roles,
-- and the departments that answer for the sectors. Portable between H2 2.x and PostgreSQL.

create sequence sg_registry_seq start with 1000 increment by 50;

create table sg_town (
  id            bigint       not null primary key,
  code          varchar(64)  not null,
  name          varchar(100) not null,
  district      varchar(100) not null,
  hazard_prefix varchar(8)   not null,
  version       bigint       not null default 0,
  constraint uk_town_code unique (code)
);

create table sg_person (
  id            bigint       not null primary key,
  code          varchar(64)  not null,
  name          varchar(50)  not null,
  phone         varchar(20)  not null,
  title         varchar(100),
  login_id      varchar(64),
  active        boolean      not null default true,
  administrator boolean      not null default false,
  version       bigint       not null default 0,
  constraint uk_person_code unique (code),
  constraint uk_person_login unique (login_id)
);

create table sg_person_photo (
  person_id    bigint       not null primary key references sg_person (id) on delete cascade,
  content_type varchar(50)  not null,
  data         bytea        not null,
  uploaded_at  timestamp with time zone not null
);

create table sg_area (
  id        bigint       not null primary key,
  code      varchar(64)  not null,
  name      varchar(100) not null,
  town_id   bigint       not null references sg_town (id),
  leader_id bigint       references sg_person (id),
  deputy_id bigint       references sg_person (id),
  version   bigint       not null default 0,
  constraint uk_area_code unique (code)
);

create table sg_department (
  id            bigint       not null primary key,
  code          varchar(64)  not null,
  name          varchar(100) not null,
  town_id       bigint       not null references sg_town (id),
  head_id       bigint       references sg_person (id),
  supervisor_id bigint       references sg_person (id),
  categories    varchar(1000),
  version       bigint       not null default 0,
  constraint uk_department_code unique (code)
);

create table sg_department_member (
  department_id bigint not null references sg_department (id) on delete cascade,
  person_id     bigint not null references sg_person (id),
  primary key (department_id, person_id)
);

-- a grid's level (town / village / unit) follows from its kind
create table sg_grid (
  id                          bigint       not null primary key,
  code                        varchar(64)  not null,
  name                        varchar(100) not null,
  kind                        varchar(16)  not null,
  town_id                     bigint       not null references sg_town (id),
  parent_id                   bigint       references sg_grid (id),
  area_id                     bigint       references sg_area (id),
  supervising_department_id   bigint       references sg_department (id),
  address                     varchar(200),
  inspections_per_week        integer,
  version                     bigint       not null default 0,
  constraint uk_grid_code unique (code),
  constraint ck_grid_kind check (kind in ('TOWN', 'VILLAGE', 'ENTERPRISE', 'SCHOOL', 'HOSPITAL', 'INSTITUTION', 'SUB_GRID')),
  constraint ck_grid_frequency check (inspections_per_week is null or inspections_per_week between 1 and 14)
);

create table sg_grid_role (
  id         bigint      not null primary key,
  grid_id    bigint      not null references sg_grid (id) on delete cascade,
  person_id  bigint      not null references sg_person (id),
  role       varchar(32) not null,
  village_id bigint      references sg_grid (id),
  duty       varchar(200),
  constraint uk_grid_role unique (grid_id, person_id, role, village_id),
  constraint ck_grid_role check (role in ('LEVEL1_LEADER', 'LEVEL2_LEADER', 'DEPUTY_LEVEL2_LEADER',
      'GRID_LEADER', 'DEPUTY_GRID_LEADER', 'GRID_MEMBER', 'LIAISON_CADRE'))
);

create index ix_grid_parent on sg_grid (parent_id);
create index ix_grid_area on sg_grid (area_id);
create index ix_grid_role_person on sg_grid_role (person_id);
create index ix_grid_role_village on sg_grid_role (village_id);
create index ix_department_member_person on sg_department_member (person_id);

-- One row: the registry's revision, locked by every edit (edits are serialised) and compared by
-- every node's cache (a change on one node reaches the others within seconds).
create table sg_registry_state (
  id       integer not null primary key,
  revision bigint  not null
);
insert into sg_registry_state (id, revision) values (1, 0);

-- Camunda users the registry created: the mirror may change and remove these, and no others.
create table sg_mirrored_login (
  login_id varchar(64) not null primary key
);
