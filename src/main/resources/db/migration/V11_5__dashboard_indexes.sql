-- The supervisors' dashboard (issue 13, docs/reports.md): indexes for its counts at district scale
-- (1,000,000 hazards, 5,000,000 inspection items; docs/performance.md). Portable between H2 2.x and
-- PostgreSQL.

-- The hazards reported in a period and where they stand: every column the counts and the ledger's
-- rights rule read (HazardFilter), so PostgreSQL answers from the index alone (an index-only scan)
-- instead of visiting a wide ledger row per hazard.
create index ix_hazard_dashboard on sg_hazard (reported_at, status, rectification_due, closed_at, escalation,
  area_code, grid_code, lead_department, category, grade, lead_group, reporter_id, assisting_departments);

-- Open hazards (the backlog, and what the dashboard counts live): few among many closed ones.
create index ix_hazard_open on sg_hazard (status, reported_at);

-- The rounds due in a period and how they came out (InspectionOutcome), by grid, area or checklist.
create index ix_inspection_dashboard on sg_inspection (due_at, status, grid_code, area_code, checklist);
