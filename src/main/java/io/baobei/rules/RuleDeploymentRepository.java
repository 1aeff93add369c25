package io.baobei.rules;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code rule_deployment} (migration V9). */
@Repository
class RuleDeploymentRepository {

    private final JdbcClient jdbc;

    public RuleDeploymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RuleDeploymentRecord record) {
        jdbc.sql("insert into rule_deployment (deployment_id, decision_key, decision_definition_id, decision_version, "
                        + "change_kind, restored_version, deployed_by, deployed_at, reason) "
                        + "values (:deployment, :key, :definition, :version, :kind, :restored, :by, :at, :reason)")
                .param("deployment", record.deploymentId())
                .param("key", record.decisionKey())
                .param("definition", record.decisionDefinitionId())
                .param("version", record.version())
                .param("kind", record.kind().name())
                .param("restored", record.restoredVersion())
                .param("by", record.deployedBy())
                .param("at", record.deployedAt())
                .param("reason", record.comment())
                .update();
    }

    /** This table's versions of a decision by deployment id. */
    public Map<String, RuleDeploymentRecord> byDeployment(String decisionKey) {
        List<RuleDeploymentRecord> records = jdbc.sql("select deployment_id, decision_key, decision_definition_id, "
                        + "decision_version, change_kind, restored_version, deployed_by, deployed_at, reason "
                        + "from rule_deployment where decision_key = :key")
                .param("key", decisionKey)
                .query((rs, i) -> new RuleDeploymentRecord(rs.getString("deployment_id"), rs.getString("decision_key"),
                        rs.getString("decision_definition_id"), rs.getInt("decision_version"),
                        ChangeKind.valueOf(rs.getString("change_kind")), rs.getObject("restored_version", Integer.class),
                        rs.getString("deployed_by"), rs.getObject("deployed_at", OffsetDateTime.class),
                        rs.getString("reason")))
                .list();
        return records.stream().collect(Collectors.toMap(RuleDeploymentRecord::deploymentId, Function.identity()));
    }
}
