-- Rule management (issue 11): administrators change the rule tables (hazard routing, deadlines,
-- inspection frequency and periods, and tables added later) in the browser. Which version of each
-- table applies is SafeGrid's own record, not "the latest Camunda version": a release that ships a
-- changed table, or a redeployment of the process archive, never replaces a table an administrator
-- deployed (docs/rules.md).

-- one row per decision: the version in force, and the newest version the process archive brought
create table sg_rule_head (
  decision_key          varchar(64)   not null primary key,
  active_version        integer       not null,
  active_definition_id  varchar(64)   not null,
  -- the newest version of this table that a release (the process archive) deployed, and its content
  release_version       integer       not null,
  release_definition_id varchar(64)   not null,
  release_hash          varchar(64)   not null,
  -- a release's table that differs from an administrator's table in force: reported, applied only
  -- when an administrator adopts it
  pending_version       integer,
  pending_definition_id varchar(64),
  pending_since         timestamp with time zone
);

create sequence sg_rule_version_seq start with 1 increment by 50;

-- the audit trail: every version that came into force, who, when, why, what changed
create table sg_rule_version (
  id               bigint        not null primary key,
  decision_key     varchar(64)   not null,
  version_no       integer       not null,
  definition_id    varchar(64)   not null,
  deployment_id    varchar(64)   not null,
  origin           varchar(16)   not null,
  deployed_by      varchar(64)   not null,
  deployed_at      timestamp with time zone not null,
  reason           varchar(500)  not null,
  based_on_version integer,
  diff_summary     varchar(4000),
  override_reason  varchar(500),
  failed_tests     varchar(4000),
  constraint uk_rule_version unique (decision_key, version_no)
);

create index ix_rule_version_key on sg_rule_version (decision_key, deployed_at);

create sequence sg_rule_test_seq start with 1 increment by 50;

-- the administrators' test cases: "these inputs → these outputs", run at every check and deploy
create table sg_rule_test_case (
  id            bigint        not null primary key,
  decision_key  varchar(64)   not null,
  name          varchar(200)  not null,
  inputs        varchar(2000) not null,
  expected      varchar(2000) not null,
  created_by    varchar(64)   not null,
  created_at    timestamp with time zone not null,
  changed_by    varchar(64),
  changed_at    timestamp with time zone,
  version       bigint        not null default 0
);

create index ix_rule_test_key on sg_rule_test_case (decision_key);

-- the versions of the two hazard tables that routed a hazard and set its deadlines: fixed when it
-- is reported, so a table deployed later applies to hazards reported from then on
alter table sg_hazard add column routing_rule_version integer;
alter table sg_hazard add column deadline_rule_version integer;

-- a person of the registry who may deploy rule tables (group rule-admins)
alter table sg_person add column rule_administrator boolean not null default false;
