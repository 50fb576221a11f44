-- The periods of a round are the town's choices, fixed when the round opens from the rule table
-- inspection-deadlines.dmn (the regulation sets none): how long after the reminder at the due time
-- an undone round counts as missed and goes to the upper grid (missed_after), and how long after
-- that it is closed unfinished (close_after), ISO-8601 durations. Rounds opened before this table
-- had them keep the periods they were modelled with: one day, thirteen days.
alter table sg_inspection add column missed_after varchar(32) default 'P1D' not null;
alter table sg_inspection add column close_after varchar(32) default 'P13D' not null;

-- An extra round (加密排查) a member of the grid opened from Tasklist, beyond the rounds the
-- schedule opens (三（二）2 / 三（三）2 set a minimum, not a maximum): who opened it and why.
-- Extra rounds are numbered from 101 within their week, so they never take a scheduled round's number.
alter table sg_inspection add column extra boolean default false not null;
alter table sg_inspection add column extra_reason varchar(500);
alter table sg_inspection add column opened_by varchar(64);
alter table sg_inspection add column opened_by_name varchar(50);
