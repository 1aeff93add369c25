package io.baobei.filing.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.baobei.platform.deployment.ModelDeployer;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/**
 * Moves running {@code customer-filing} instances to a new process-definition version with Camunda's
 * migration API, as an operator would after changing bpmn/customer-filing.bpmn (docs/operations.md).
 * The new version is a variant deployed by the test and deleted (cascade) afterwards, so the app's own
 * {@code customer-filing-models} deployment is the latest again for every other test.
 */
@ProcessTest
class FilingMigrationTest {

    private static final String VARIANT_DEPLOYMENT = "filing-migration-test-variant";
    private static final String ORIGINAL_DOCUMENTATION = "区域经理审批（F5）";
    private static final String CHANGED_DOCUMENTATION = "区域经理审批（F5，新版本）";

    @Autowired
    ProcessEngine engine;

    @Autowired
    EngineActions actions;

    @Test
    void runningFilingsMoveToTheNewVersionWithTasksTimersAndVariablesKept() throws IOException {
        RepositoryService repository = engine.getRepositoryService();
        RuntimeService runtime = engine.getRuntimeService();
        ProcessDefinition source = latestFilingDefinition();
        Assertions.assertThat(repository.createDeploymentQuery().deploymentId(source.getDeploymentId()).singleResult()
                .getName()).isEqualTo(ModelDeployer.DEPLOYMENT_NAME);

        // long-lived states on the shipped version: waiting for approval, and in follow-up under protection
        ProcessInstance awaitingApproval = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        ProcessInstance inFollowUp = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(inFollowUp, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(inFollowUp, "assign-follower", "manager1", Map.of("follower", "rep2"));
        assertThat(awaitingApproval).isWaitingAt("approve-filing");
        assertThat(inFollowUp).isWaitingAt("follow-up", "first-contact-due");

        Task approvalTask = actions.task(awaitingApproval, "approve-filing");
        Task followUpTask = actions.task(inFollowUp, "follow-up");
        Job protectionTimer = actions.timer(inFollowUp, "protection-lapsed");
        Job firstContactTimer = actions.timer(inFollowUp, "first-contact-due");
        Date protectionDue = protectionTimer.getDuedate();
        Date firstContactDue = firstContactTimer.getDuedate();
        Map<String, String> approvalVariables = variables(awaitingApproval);
        Map<String, String> followUpVariables = variables(inFollowUp);

        String variantDeploymentId = deployVariant();
        try {
            ProcessDefinition target = latestFilingDefinition();
            Assertions.assertThat(target.getDeploymentId()).isEqualTo(variantDeploymentId);
            Assertions.assertThat(target.getVersion()).isEqualTo(source.getVersion() + 1);

            MigrationPlan plan = runtime.createMigrationPlan(source.getId(), target.getId())
                    .mapEqualActivities()
                    .build(); // build() validates the plan and throws MigrationPlanValidationException if it is not valid
            Assertions.assertThat(plan.getInstructions()).extracting(i -> i.getSourceActivityId())
                    .contains("protected-filing", "approve-filing", "follow-up", "protection-lapsed", "first-contact-due");

            runtime.newMigration(plan)
                    .processInstanceIds(awaitingApproval.getId(), inFollowUp.getId())
                    .execute();

            for (ProcessInstance instance : List.of(awaitingApproval, inFollowUp)) {
                Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId())
                        .singleResult().getProcessDefinitionId()).isEqualTo(target.getId());
            }
            Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                    .processInstanceIds(java.util.Set.of(awaitingApproval.getId(), inFollowUp.getId())).count()).isZero();

            // the same task and job rows, now on the target definition; variables and due dates untouched
            Task migratedApproval = actions.task(awaitingApproval, "approve-filing");
            Assertions.assertThat(migratedApproval.getId()).isEqualTo(approvalTask.getId());
            Assertions.assertThat(migratedApproval.getProcessDefinitionId()).isEqualTo(target.getId());
            Assertions.assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("manager1")
                    .taskId(migratedApproval.getId()).count()).isEqualTo(1);
            Task migratedFollowUp = actions.task(inFollowUp, "follow-up");
            Assertions.assertThat(migratedFollowUp.getId()).isEqualTo(followUpTask.getId());
            Assertions.assertThat(migratedFollowUp.getAssignee()).isEqualTo("rep2");
            Job migratedProtection = actions.timer(inFollowUp, "protection-lapsed");
            Assertions.assertThat(migratedProtection.getId()).isEqualTo(protectionTimer.getId());
            Assertions.assertThat(migratedProtection.getProcessDefinitionId()).isEqualTo(target.getId());
            Assertions.assertThat(migratedProtection.getDuedate()).isEqualTo(protectionDue);
            Job migratedFirstContact = actions.timer(inFollowUp, "first-contact-due");
            Assertions.assertThat(migratedFirstContact.getId()).isEqualTo(firstContactTimer.getId());
            Assertions.assertThat(migratedFirstContact.getDuedate()).isEqualTo(firstContactDue);
            Assertions.assertThat(variables(awaitingApproval)).isEqualTo(approvalVariables);
            Assertions.assertThat(variables(inFollowUp)).isEqualTo(followUpVariables);

            // and the instances go on in the new version
            actions.complete(awaitingApproval, "approve-filing", "manager1", Map.of("approved", true));
            assertThat(awaitingApproval).isWaitingAt("assign-follower");
            Assertions.assertThat(actions.task(awaitingApproval, "assign-follower").getProcessDefinitionId())
                    .isEqualTo(target.getId());
            actions.complete(inFollowUp, "follow-up", "rep2", Map.of("followUpNote", "电话联系客户，约定下周到店",
                    "expectedAmount", 200000, "unitPrice", 1000, "expectedSignDate", "2026-12-20", "outcome", "CONTINUE"));
            assertThat(inFollowUp).isWaitingAt("follow-up");
            Assertions.assertThat(actions.timer(inFollowUp, "protection-lapsed").getDuedate()).isEqualTo(protectionDue);
        } finally {
            // cascade: also removes the migrated instances, their history and jobs
            repository.deleteDeployment(variantDeploymentId, true);
        }
        Assertions.assertThat(latestFilingDefinition().getId()).isEqualTo(source.getId());
    }

    /** Names and printed values (JSON values such as followerOptions have no value equality). */
    private Map<String, String> variables(ProcessInstance instance) {
        Map<String, String> printed = new java.util.TreeMap<>();
        engine.getRuntimeService().getVariables(instance.getId()).forEach((name, value) -> printed.put(name, String.valueOf(value)));
        return printed;
    }

    private ProcessDefinition latestFilingDefinition() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("customer-filing").latestVersion().singleResult();
    }

    /** The shipped model with one changed documentation text, deployed apart from the app's models. */
    private String deployVariant() throws IOException {
        String shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/customer-filing.bpmn")) {
            Assertions.assertThat(in).as("bpmn/customer-filing.bpmn on the classpath").isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Assertions.assertThat(shipped).contains(ORIGINAL_DOCUMENTATION);
        String variant = shipped.replace(ORIGINAL_DOCUMENTATION, CHANGED_DOCUMENTATION);
        Deployment deployment = engine.getRepositoryService().createDeployment()
                .name(VARIANT_DEPLOYMENT)
                .addInputStream("customer-filing.bpmn", new ByteArrayInputStream(variant.getBytes(StandardCharsets.UTF_8)))
                .deploy();
        return deployment.getId();
    }
}
