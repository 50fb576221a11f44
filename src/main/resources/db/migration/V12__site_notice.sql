-- The administrators' notice shown at the top of Tasklist, Cockpit, Admin and the welcome page, in
-- place of the vendor's end-of-life banner (docs/cockpit.md). At most one row: id 1.
create table sg_site_notice (
  id          integer       not null primary key,
  notice_text varchar(500)  not null,
  updated_by  varchar(64)   not null,
  updated_at  timestamp with time zone not null
);
