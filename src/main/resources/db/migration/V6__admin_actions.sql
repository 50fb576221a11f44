-- What administrators did over the engine API beyond an officer's own work (modifications,
-- variable writes, jobs, deployments, identity, …), with the reason they gave: SafeGrid's audit
-- next to Camunda's operation log, which has no reason.
create sequence sg_admin_action_seq start with 1 increment by 50;

create table sg_admin_action (
  id           bigint        not null primary key,
  occurred_at  timestamp with time zone not null,
  user_id      varchar(64)   not null,
  method       varchar(10)   not null,
  path         varchar(500)  not null,
  reason       varchar(500)  not null,
  request_body varchar(4000),
  status       integer
);

create index ix_admin_action_at on sg_admin_action (occurred_at);
