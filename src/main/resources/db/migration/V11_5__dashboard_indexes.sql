-- The supervisors' dashboard (issue 13, docs/reports.md): indexes for its counts at district scale
-- (1,000,000 hazards, 5,000,000 inspection items; docs/performance.md). Portable between H2 2.x and
-- PostgreSQL.

-- The hazards reported in a period and where they stand: every column the counts and the ledger's
-- rights rule read (HazardFilter), so PostgreSQL answers from the index alone (an index-only scan)
-- instead of visiting a wide ledger row per hazard. It begins with reported_at and so also serves
-- everything the plain index on reported_at served (the ledger's default order): that one goes.
create index ix_hazard_dashboard on sg_hazard (reported_at, status, rectification_due, closed_at, escalation,
  area_code, grid_code, lead_department, category, grade, lead_group, reporter_id, assisting_departments);
drop index ix_hazard_reported;

-- Open hazards (the backlog, and the part of every count that is still moving): few among many
-- closed ones, found by status and read from the index alone. It replaces the plain index on status.
create index ix_hazard_open on sg_hazard (status, reported_at, rectification_due, closed_at, escalation,
  area_code, grid_code, lead_department, category, grade, lead_group, reporter_id, assisting_departments);
drop index ix_hazard_status;

-- The rights rule's other ways in (his groups' hazards, his own reports): with ix_hazard_grid an
-- officer who is in no department is answered from his few hazards, not from the period's all.
create index ix_hazard_lead_group on sg_hazard (lead_group);
create index ix_hazard_reporter on sg_hazard (reporter_id);

-- The rounds due in a period and how they came out (InspectionOutcome), by grid, area or checklist.
create index ix_inspection_dashboard on sg_inspection (due_at, status, grid_code, area_code, checklist);
