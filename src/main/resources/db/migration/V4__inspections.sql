-- Scheduled grid inspections (regulation 三（二）2: villages at least once a week; 三（三）2: units at
-- least twice a week): one row per grid and round, the checklist's answers, and what came of them.

create sequence sg_inspection_seq start with 1 increment by 50;
create sequence sg_inspection_item_seq start with 1 increment by 50;

create table sg_inspection (
  id                   bigint        not null primary key,
  town_code            varchar(64)   not null,
  grid_code            varchar(64)   not null,
  grid_name            varchar(100)  not null,
  area_code            varchar(64),
  checklist            varchar(16)   not null,
  week_start           date          not null,
  round_no             integer       not null,
  rounds_per_week      integer       not null,
  opens_at             timestamp with time zone not null,
  due_at               timestamp with time zone not null,
  status               varchar(32)   not null,
  reminded_at          timestamp with time zone,
  missed_at            timestamp with time zone,
  done_at              timestamp with time zone,
  done_by              varchar(64),
  done_by_name         varchar(50),
  summary              varchar(2000),
  findings             integer       not null default 0,
  hazard_numbers       varchar(1000),
  supervised_by        varchar(64),
  supervised_by_name   varchar(50),
  supervision_remarks  varchar(2000),
  closed_unfinished_at timestamp with time zone,
  process_instance_id  varchar(64),
  version              bigint        not null default 0,
  constraint uk_inspection_round unique (grid_code, week_start, round_no),
  constraint ck_inspection_status check (status in ('OPEN', 'OVERDUE', 'MISSED', 'DONE', 'DONE_LATE', 'CLOSED_UNFINISHED'))
);

create index ix_inspection_week on sg_inspection (week_start);
create index ix_inspection_area on sg_inspection (area_code, week_start);
create index ix_inspection_status on sg_inspection (status);

create table sg_inspection_item (
  id             bigint        not null primary key,
  inspection_id  bigint        not null references sg_inspection (id),
  item_code      varchar(100)  not null,
  label          varchar(100)  not null,
  key_place      boolean       not null default false,
  result         varchar(16)   not null,
  remark         varchar(2000),
  category       varchar(64),
  grade          varchar(16),
  hazard_number  varchar(32),
  constraint ck_inspection_item_result check (result in ('PASSED', 'HAZARD', 'NOT_APPLICABLE'))
);

create index ix_inspection_item_inspection on sg_inspection_item (inspection_id);
