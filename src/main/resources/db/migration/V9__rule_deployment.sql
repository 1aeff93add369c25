-- Rule tables deployed from the rules page (/rules/index.html): who deployed which version, how, and why.
-- Versions deployed otherwise (Camunda Modeler over /engine-rest, the app's own models) are not here; the
-- page names their deployer from Camunda's user operation log. deployment_id is the engine's ACT_RE_DEPLOYMENT id.
create table rule_deployment (
    deployment_id           varchar(64)   primary key,
    decision_key            varchar(255)  not null,
    decision_definition_id  varchar(64)   not null,
    decision_version        integer       not null,
    change_kind             varchar(16)   not null,
    restored_version        integer,
    deployed_by             varchar(64)   not null,
    deployed_at             timestamp with time zone not null,
    reason                  varchar(2000) not null
);

create index rule_deployment_by_key on rule_deployment (decision_key, decision_version);
