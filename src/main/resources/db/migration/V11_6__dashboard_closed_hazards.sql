-- The supervisors' dashboard counts closed hazards from running totals (docs/reports.md, "Counting at
-- district scale"): a closed hazard never changes again, so once counted it need not be read again.
-- The ledger queues each hazard it closes (in the closing transaction); the dashboard folds the
-- queue into the totals every minute, under one lock; open and still-queued hazards are counted
-- from the ledger itself. Portable between H2 2.x and PostgreSQL.

-- Closed hazards not yet in the totals: queued by the closure ('C') or by a recount of all ('R'). A
-- hazard a recount and its closure both queued is folded once; the two never wait for each other.
create table sg_dashboard_closure (
  hazard_id bigint  not null,
  source    varchar(1) not null,
  constraint pk_dashboard_closure primary key (hazard_id, source)
);

-- Closed hazards counted: DAY rows per town day of the report and area; GRID, DEPARTMENT (lead) and
-- CATEGORY rows per month of the report, area and value. '-' stands for none (a unit in no area, a
-- hazard without a category).
create table sg_dashboard_closed (
  dimension    varchar(16) not null,
  period_start date        not null,
  area_code    varchar(64) not null,
  code         varchar(64) not null,
  hazards      bigint      not null,
  on_time      bigint      not null,
  escalated    bigint      not null,
  constraint pk_dashboard_closed primary key (dimension, period_start, area_code, code)
);

-- One row, locked by each fold (several nodes take turns); the town's zone the days were counted in
-- (a changed safegrid.time-zone counts everything again).
create table sg_dashboard_state (
  id        integer     not null primary key,
  time_zone varchar(64),
  folded_at timestamp with time zone
);
insert into sg_dashboard_state (id, time_zone, folded_at) values (1, null, null);
