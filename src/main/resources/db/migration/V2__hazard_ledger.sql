-- The hazard ledger (台账): one row per hazard, an append-only trail of what happened to it, and
-- its photos (regulation 三（二）2, 三（三）3: 建立问题隐患台账, 强化痕迹管理).

create sequence sg_hazard_seq start with 1 increment by 50;
create sequence sg_hazard_event_seq start with 1 increment by 50;
create sequence sg_hazard_photo_seq start with 1 increment by 50;

-- the last number handed out per town prefix and year: BS-2026-000123
create table sg_hazard_number (
  prefix    varchar(8) not null,
  counter_year integer  not null,
  last_value bigint    not null,
  primary key (prefix, counter_year)
);

create table sg_hazard (
  id                      bigint        not null primary key,
  hazard_number           varchar(32)   not null,
  town_code               varchar(64)   not null,
  grid_code               varchar(64)   not null,
  grid_name               varchar(100)  not null,
  area_code               varchar(64),
  category                varchar(64),
  category_name           varchar(100)  not null,
  grade                   varchar(16)   not null,
  location                varchar(200)  not null,
  description             varchar(2000) not null,
  reporter_id             varchar(64),
  reporter_name           varchar(50),
  reported_by_department  boolean       not null default false,
  lead_department         varchar(64),
  lead_group              varchar(128),
  lead_unit_name          varchar(100),
  assisting_departments   varchar(500),
  status                  varchar(32)   not null,
  escalation              varchar(32)   not null,
  listed_supervision      boolean       not null default false,
  responsible_unit        varchar(200),
  responsible_person      varchar(50),
  responsible_phone       varchar(20),
  measures                varchar(2000),
  plan_goal               varchar(2000),
  plan_method             varchar(2000),
  plan_funds              varchar(2000),
  plan_responsible        varchar(2000),
  plan_time_limit         varchar(2000),
  plan_safety_measures    varchar(2000),
  plan_approved_at        timestamp with time zone,
  rectification_result    varchar(2000),
  rectification_round     integer       not null default 1,
  rectification_due       timestamp with time zone,
  level_two_at            timestamp with time zone,
  level_one_at            timestamp with time zone,
  accountability_at       timestamp with time zone,
  reported_at             timestamp with time zone not null,
  accepted_at             timestamp with time zone,
  rectified_at            timestamp with time zone,
  closed_at               timestamp with time zone,
  process_instance_id     varchar(64),
  source                  varchar(100),
  version                 bigint        not null default 0,
  constraint uk_hazard_number unique (hazard_number),
  constraint ck_hazard_grade check (grade in ('GENERAL', 'MAJOR'))
);

create index ix_hazard_grid on sg_hazard (grid_code);
create index ix_hazard_area on sg_hazard (area_code);
create index ix_hazard_lead on sg_hazard (lead_department);
create index ix_hazard_status on sg_hazard (status);
create index ix_hazard_reported on sg_hazard (reported_at);
create index ix_hazard_due on sg_hazard (rectification_due);

create table sg_hazard_event (
  id           bigint        not null primary key,
  hazard_id    bigint        not null references sg_hazard (id),
  occurred_at  timestamp with time zone not null,
  actor_id     varchar(64),
  actor_name   varchar(50),
  action       varchar(32)   not null,
  from_status  varchar(32),
  to_status    varchar(32),
  remarks      varchar(2000)
);

create index ix_hazard_event_hazard on sg_hazard_event (hazard_id, occurred_at);

create table sg_hazard_photo (
  id           bigint       not null primary key,
  hazard_id    bigint       not null references sg_hazard (id),
  stage        varchar(32)  not null,
  file_name    varchar(200),
  content_type varchar(50)  not null,
  size_bytes   integer      not null,
  data         bytea        not null,
  uploaded_by  varchar(64)  not null,
  uploaded_at  timestamp with time zone not null
);

create index ix_hazard_photo_hazard on sg_hazard_photo (hazard_id);
