-- The last run of each scheduler that opens work on the calendar (the inspection rounds, the
-- monthly summaries and hazard statistics): one row per scheduler, locked by each run so that runs
-- on several nodes (the daily timer, a start-up, an office's "open now") follow one another, and
-- read to find what fell due while no run happened (the server was down). Replaces the inspection
-- scheduler's own one-row table of V5, whose last run it keeps.
create table sg_scheduled_run (
  name         varchar(32) not null primary key,
  last_run_at  timestamp with time zone
);
insert into sg_scheduled_run (name, last_run_at) values ('inspections', null);
update sg_scheduled_run set last_run_at = (select last_run_at from sg_inspection_schedule where id = 1)
  where name = 'inspections';
insert into sg_scheduled_run (name, last_run_at) values ('summaries', null);
drop table sg_inspection_schedule;

-- The month's, quarter's and year's figures are counted from the ledgers by time range (town time):
-- rounds by due and done time, escalations by the time they happened.
create index ix_inspection_due on sg_inspection (due_at);
create index ix_inspection_done on sg_inspection (done_at);
create index ix_hazard_event_action on sg_hazard_event (action, occurred_at);
