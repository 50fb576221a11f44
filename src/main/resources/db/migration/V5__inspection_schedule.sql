-- The inspection scheduler's last run: one row, locked by each run so that runs on several nodes
-- (the daily timer, a start-up, the office's "open now") follow one another instead of colliding,
-- and read to find the windows that passed while no run happened (the server was down).
create table sg_inspection_schedule (
  id           integer not null primary key,
  last_run_at  timestamp with time zone
);
insert into sg_inspection_schedule (id, last_run_at) values (1, null);

-- a key place's name (up to 100 characters) plus "（危险源）" must fit an answered item's label
alter table sg_inspection_item alter column label set data type varchar(200);
