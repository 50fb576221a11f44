-- Quarterly and annual hazard statistics (《安全生产事故隐患排查治理暂行规定》, SAWS order 16,
-- art. 14: each quarter by the 15th of the following month and each year by 31 January, signed by the
-- principal person in charge): one row per unit grid or town and period, with the figures counted
-- from the hazard ledger and who signed when.

create table sg_hazard_statistics (
  id                      bigint        not null primary key,
  town_code               varchar(64)   not null,
  subject_kind            varchar(16)   not null,
  subject_code            varchar(64)   not null,
  subject_name            varchar(100)  not null,
  grid_kind               varchar(16),
  supervising_department  varchar(64),
  period_kind             varchar(16)   not null,
  period_start            date          not null,
  period_end              date          not null,
  status                  varchar(16)   not null,
  opened_at               timestamp with time zone not null,
  due_at                  timestamp with time zone not null,
  figures_at              timestamp with time zone,
  general_found           integer       not null default 0,
  general_rectified       integer       not null default 0,
  major_found             integer       not null default 0,
  major_rectified         integer       not null default 0,
  major_open              integer       not null default 0,
  major_planned           integer       not null default 0,
  plan_goal               integer       not null default 0,
  plan_funds              integer       not null default 0,
  plan_people             integer       not null default 0,
  plan_time               integer       not null default 0,
  plan_measures           integer       not null default 0,
  rectified_late          integer       not null default 0,
  open_at_end             integer       not null default 0,
  overdue_at_end          integer       not null default 0,
  accidents               integer       not null default 0,
  reminded_at             timestamp with time zone,
  signed_at               timestamp with time zone,
  signed_by               varchar(64),
  signed_by_name          varchar(50),
  signed_late             boolean       not null default false,
  signature_remarks       varchar(2000),
  process_instance_id     varchar(64),
  version                 bigint        not null default 0,
  constraint uk_hazard_statistics unique (subject_kind, subject_code, period_kind, period_start),
  constraint ck_hazard_statistics_kind check (subject_kind in ('UNIT', 'TOWN')),
  constraint ck_hazard_statistics_period check (period_kind in ('QUARTER', 'YEAR')),
  constraint ck_hazard_statistics_status check (status in ('OPEN', 'OVERDUE', 'SIGNED', 'SIGNED_LATE'))
);

create index ix_hazard_statistics_period on sg_hazard_statistics (period_kind, period_start, town_code);
create index ix_hazard_statistics_instance on sg_hazard_statistics (process_instance_id);

create table sg_hazard_statistics_category (
  statistics_id      bigint        not null references sg_hazard_statistics (id),
  category_key       varchar(100)  not null,
  category_name      varchar(100)  not null,
  general_count      integer       not null,
  major_count        integer       not null,
  general_rectified  integer       not null,
  major_rectified    integer       not null,
  primary key (statistics_id, category_key)
);
