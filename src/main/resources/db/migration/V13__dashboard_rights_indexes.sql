-- The rights rule's ways in, each with the report time (issue 13, docs/performance.md): an officer
-- who does not see the whole town sees the hazards of his grids, of his groups and his own reports
-- (HazardFilter.visibleTo). With the report time second, each of those ways answers "his hazards
-- of this period" from its own index range, instead of PostgreSQL reading every hazard of the
-- period to test the rule on each (a year of a district: 350,000 index entries for an area's few
-- thousand). They serve everything the single-column indexes served, which they replace.
create index ix_hazard_grid_reported on sg_hazard (grid_code, reported_at);
drop index ix_hazard_grid;
create index ix_hazard_lead_group_reported on sg_hazard (lead_group, reported_at);
drop index ix_hazard_lead_group;
create index ix_hazard_reporter_reported on sg_hazard (reporter_id, reported_at);
drop index ix_hazard_reporter;
