-- Every user task, when it is created, asks each ledger which case its process instance works
-- (system/CaseLedger: the grid, the urgency): hazards and inspection rounds were looked up by
-- process_instance_id without an index, a full scan of sg_hazard and sg_inspection for every task.
-- At a district's scale (1,000,000 hazards) that made creating one task take a second; found by the
-- monthly summary benchmark (docs/performance.md).
create index ix_hazard_instance on sg_hazard (process_instance_id);
create index ix_inspection_instance on sg_inspection (process_instance_id);
