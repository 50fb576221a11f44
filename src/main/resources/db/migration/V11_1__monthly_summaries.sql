-- The monthly grid summary (《安全生产网格化管理情况月度汇总表》, 《实施细则》三（二）2、四（一）):
-- one row per grid (village, unit) or town department and month, with the month's figures counted
-- from the ledgers, what the grid leader filed, and when; the town summary the safety office files
-- to the level-1 leaders, and their acknowledgements.

create sequence sg_summary_seq start with 1 increment by 50;

create table sg_monthly_summary (
  id                      bigint        not null primary key,
  town_code               varchar(64)   not null,
  subject_kind            varchar(16)   not null,
  subject_code            varchar(64)   not null,
  subject_name            varchar(100)  not null,
  grid_kind               varchar(16),
  area_code               varchar(64),
  supervising_department  varchar(64),
  period_start            date          not null,
  status                  varchar(16)   not null,
  opened_at               timestamp with time zone not null,
  due_at                  timestamp with time zone not null,
  figures_at              timestamp with time zone,
  rounds_due              integer       not null default 0,
  rounds_on_time          integer       not null default 0,
  rounds_late             integer       not null default 0,
  rounds_missed           integer       not null default 0,
  extra_rounds            integer       not null default 0,
  items_checked           integer       not null default 0,
  hazards_found           integer       not null default 0,
  general_found           integer       not null default 0,
  major_found             integer       not null default 0,
  accepted                integer       not null default 0,
  rectified_on_time       integer       not null default 0,
  rectified_late          integer       not null default 0,
  open_at_end             integer       not null default 0,
  overdue_at_end          integer       not null default 0,
  escalated_level_two     integer       not null default 0,
  escalated_level_one     integer       not null default 0,
  escalated_discipline    integer       not null default 0,
  closed                  integer       not null default 0,
  major_listed            integer       not null default 0,
  accidents               integer       not null default 0,
  trainings               integer       not null default 0,
  reminded_at             timestamp with time zone,
  supervision_ordered_at  timestamp with time zone,
  supervisors             varchar(500),
  supervised_at           timestamp with time zone,
  supervised_by           varchar(64),
  supervised_by_name      varchar(50),
  supervision_remarks     varchar(2000),
  delegated_at            timestamp with time zone,
  delegated_to            varchar(64),
  delegated_to_name       varchar(50),
  filed_at                timestamp with time zone,
  filed_by                varchar(64),
  filed_by_name           varchar(50),
  filed_late              boolean       not null default false,
  figures_remarks         varchar(2000),
  month_work              varchar(4000),
  help_needed             varchar(2000),
  next_plan               varchar(2000),
  process_instance_id     varchar(64),
  version                 bigint        not null default 0,
  constraint uk_monthly_summary unique (subject_kind, subject_code, period_start),
  constraint ck_monthly_summary_kind check (subject_kind in ('GRID', 'DEPARTMENT')),
  constraint ck_monthly_summary_status check (status in ('OPEN', 'OVERDUE', 'FILED', 'FILED_LATE'))
);

create index ix_monthly_summary_period on sg_monthly_summary (period_start, town_code);
create index ix_monthly_summary_instance on sg_monthly_summary (process_instance_id);

-- hazards found in the month by category and grade
create table sg_monthly_summary_category (
  summary_id     bigint        not null references sg_monthly_summary (id),
  category_key   varchar(100)  not null,
  category_name  varchar(100)  not null,
  general_count  integer       not null,
  major_count    integer       not null,
  primary key (summary_id, category_key)
);

create table sg_town_summary (
  id                      bigint        not null primary key,
  town_code               varchar(64)   not null,
  town_name               varchar(100)  not null,
  period_start            date          not null,
  status                  varchar(16)   not null,
  opened_at               timestamp with time zone not null,
  due_at                  timestamp with time zone not null,
  figures_at              timestamp with time zone,
  rounds_due              integer       not null default 0,
  rounds_on_time          integer       not null default 0,
  rounds_late             integer       not null default 0,
  rounds_missed           integer       not null default 0,
  extra_rounds            integer       not null default 0,
  items_checked           integer       not null default 0,
  hazards_found           integer       not null default 0,
  general_found           integer       not null default 0,
  major_found             integer       not null default 0,
  accepted                integer       not null default 0,
  rectified_on_time       integer       not null default 0,
  rectified_late          integer       not null default 0,
  open_at_end             integer       not null default 0,
  overdue_at_end          integer       not null default 0,
  escalated_level_two     integer       not null default 0,
  escalated_level_one     integer       not null default 0,
  escalated_discipline    integer       not null default 0,
  closed                  integer       not null default 0,
  major_listed            integer       not null default 0,
  accidents               integer       not null default 0,
  trainings               integer       not null default 0,
  summaries_total         integer       not null default 0,
  summaries_filed         integer       not null default 0,
  summaries_filed_late    integer       not null default 0,
  review_remarks          varchar(4000),
  filed_at                timestamp with time zone,
  filed_by                varchar(64),
  filed_by_name           varchar(50),
  filed_late              boolean       not null default false,
  process_instance_id     varchar(64),
  version                 bigint        not null default 0,
  constraint uk_town_summary unique (town_code, period_start),
  constraint ck_town_summary_status check (status in ('OPEN', 'FILED', 'ACKNOWLEDGED'))
);

create index ix_town_summary_instance on sg_town_summary (process_instance_id);

create table sg_town_summary_category (
  summary_id     bigint        not null references sg_town_summary (id),
  category_key   varchar(100)  not null,
  category_name  varchar(100)  not null,
  general_count  integer       not null,
  major_count    integer       not null,
  primary key (summary_id, category_key)
);

-- each level-1 leader's acknowledgement of a filed town summary
create table sg_town_summary_ack (
  summary_id       bigint        not null references sg_town_summary (id),
  login            varchar(64)   not null,
  name             varchar(50)   not null,
  acknowledged_at  timestamp with time zone not null,
  remarks          varchar(2000),
  primary key (summary_id, login)
);
