package io.baobei.security;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an accepted rule-table attack would change: deployments, the protection period's versions and its answer,
 * the rules page's log.
 */
record ProtectionPeriodState(long deployments, long protectionPeriodVersions, int inquiryDays, long ruleDeployments) {

    static ProtectionPeriodState read(RepositoryService repositoryService, DecisionService decisionService, JdbcClient jdbc) {
        return new ProtectionPeriodState(repositoryService.createDeploymentQuery().count(),
                repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("protection-period").count(),
                ((Number) decisionService.evaluateDecisionTableByKey("protection-period",
                        Variables.putValue("customerStage", "INQUIRY")).getSingleEntry()).intValue(),
                jdbc.sql("select count(*) from rule_deployment").query(Long.class).single());
    }
}
