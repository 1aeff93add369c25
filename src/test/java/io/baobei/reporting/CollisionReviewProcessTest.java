package io.baobei.reporting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.client.TestRestTemplate;

import io.baobei.collision.CollisionReportService;
import io.baobei.collision.ManualCollisionReport;
import io.baobei.platform.security.DemoUsers;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/** Rule C11: a month's collisions by region, cause and outcome, and a review task per region. */
@ProcessTest
class CollisionReviewProcessTest {

    private static final OffsetDateTime MAY = OffsetDateTime.parse("2025-05-10T09:00:00+08:00");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CollisionReviewService reviews;
    @Autowired
    CollisionReportService reporting;
    @Autowired
    TestRestTemplate http;

    @Autowired
    EngineActions actions;

    @Test
    void theMonthsCollisionsAreCountedByRegionCauseAndOutcomeAndEachRegionReviewsThem() {
        negotiatedDuplicate();
        sharedSimultaneous();
        unfiledReport();
        westDuplicateLeftOpen();
        EngineActions.setClock(MAY.plusMonths(1));

        var started = http.withBasicAuth("salesmgmt1", DemoUsers.PASSWORD)
                .postForEntity("/api/collision-reviews", Map.of("period", "2025-05"), String.class);
        Assertions.assertThat(started.getStatusCode().value()).isEqualTo(201);
        Assertions.assertThat(http.withBasicAuth("rep1", DemoUsers.PASSWORD)
                .postForEntity("/api/collision-reviews", Map.of("period", "2025-05"), String.class).getStatusCode().value()).isEqualTo(403);
        ProcessInstance review = actions.instanceByBusinessKey("collision-review", "2025-05");

        assertThat(review).isWaitingAt("review-collisions");
        Assertions.assertThat(review.getBusinessKey()).isEqualTo("2025-05");
        CollisionReview stored = reviews.review("2025-05");
        Assertions.assertThat(stored.figures().toString())
                .contains("\"region\":null,\"collisions\":4")
                .contains("\"region\":\"east\",\"collisions\":3")
                .contains("\"region\":\"west\",\"collisions\":1");
        var east = stored.figures().get(1);
        Assertions.assertThat(east.path("byCause").path("DUPLICATE").asInt()).isEqualTo(1);
        Assertions.assertThat(east.path("byCause").path("SIMULTANEOUS").asInt()).isEqualTo(1);
        Assertions.assertThat(east.path("byCause").path("UNFILED").asInt()).isEqualTo(1);
        Assertions.assertThat(east.path("byOutcome").path("NEGOTIATED").asInt()).isEqualTo(1);
        Assertions.assertThat(east.path("byOutcome").path("SHARED").asInt()).isEqualTo(1);
        Assertions.assertThat(east.path("byOutcome").path("RULE").asInt()).isEqualTo(1);
        Assertions.assertThat(stored.figures().get(2).path("byOutcome").path("OPEN").asInt()).isEqualTo(1);
        Assertions.assertThat(east.path("averageHoursToResolution").isNumber()).isTrue();

        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).list();
        Assertions.assertThat(tasks).hasSize(2);
        Task eastTask = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).taskCandidateUser("manager1").singleResult();
        Assertions.assertThat((String) engine.getTaskService().getVariable(eastTask.getId(), "regionFigures")).contains("**3**");
        Assertions.assertThatThrownBy(() -> actions.as("manager1", () -> {
            engine.getTaskService().complete(eastTask.getId(), Map.of("causes", "同时接触"));
            return null;
        })).hasMessageContaining("measures");
        actions.as("manager1", () -> {
            engine.getTaskService().complete(eastTask.getId(), Map.of("causes", "两名销售同时接触同一客户", "measures", "拜访前先查询客户状态"));
            return null;
        });
        Assertions.assertThat(reviews.review("2025-05").measures()).singleElement()
                .satisfies(m -> Assertions.assertThat(m.region()).isEqualTo("east"));
        Assertions.assertThat(http.withBasicAuth("manager2", DemoUsers.PASSWORD).getForObject("/api/collision-reviews", String.class))
                .contains("2025-05", "拜访前先查询客户状态");

        Task westTask = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).taskCandidateUser("manager2").singleResult();
        actions.as("manager2", () -> {
            engine.getTaskService().complete(westTask.getId(), Map.of("causes", "协商期限内未回复", "measures", "协商提醒抄送区域经理"));
            return null;
        });
        assertThat(review).isEnded().hasPassed("collision-review-done");
        Assertions.assertThat(reviews.review("2025-05").measures()).extracting(m -> m.region())
                .containsExactlyInAnyOrder("east", "west");
    }

    @Test
    void theMonthlyTimerReviewsTheMonthBefore() {
        EngineActions.setClock(OffsetDateTime.parse("2025-03-01T02:00:00+08:00"));
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("collision-review").timers()
                .list().stream().filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();

        engine.getManagementService().executeJob(timer.getId());

        ProcessInstance review = actions.instanceByBusinessKey("collision-review", "2025-02");
        assertThat(review).isWaitingAt("review-collisions");
        Assertions.assertThat(reviews.review("2025-02").figures().get(0).path("collisions").asInt()).isZero();
    }

    private void negotiatedDuplicate() {
        EngineActions.setClock(MAY);
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        actions.file("rep1", customer);
        EngineActions.setClock(MAY.plusDays(2));
        ProcessInstance resolution = collisionOf(actions.file("rep2", new HashMap<>(customer)));
        actions.completeAssigned(resolution, "negotiate", "rep1", Map.of("proposal", "KEEP_FIRST", "statement", "先报备"));
        actions.completeAssigned(resolution, "negotiate", "rep2", Map.of("proposal", "KEEP_FIRST", "statement", "同意"));
        actions.executeJobs(resolution);
    }

    private void sharedSimultaneous() {
        EngineActions.setClock(MAY.plusDays(3));
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        actions.file("rep1", customer);
        ProcessInstance resolution = collisionOf(actions.file("rep2", new HashMap<>(customer)));
        actions.completeAssigned(resolution, "negotiate", "rep1", Map.of("proposal", "NO_AGREEMENT", "statement", "同时"));
        actions.completeAssigned(resolution, "negotiate", "rep2", Map.of("proposal", "NO_AGREEMENT", "statement", "同时"));
        // filed at the same moment, neither rep worked the customer before: the table keeps the first (C6b)
        actions.complete(resolution, "arbitrate", "manager1", Map.of("decision", "SHARED", "decisionReason", "两人同时接待客户"));
        actions.executeJobs(resolution);
    }

    private void unfiledReport() {
        EngineActions.setClock(MAY.plusDays(4));
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        actions.file("rep1", customer);
        var reported = actions.as("rep2", () -> reporting.report("rep2",
                new ManualCollisionReport(null, (String) customer.get("creditCode"), null, null, null, "现场相遇")));
        actions.executeJobs(actions.instanceByBusinessKey("collision-resolution", reported.id()));
    }

    private void westDuplicateLeftOpen() {
        EngineActions.setClock(MAY.plusDays(5));
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        customer.put("region", "west");
        actions.file("rep3", customer);
        EngineActions.setClock(MAY.plusDays(7));
        actions.file("rep1", new HashMap<>(customer));
    }

    private ProcessInstance collisionOf(ProcessInstance filing) {
        String collisionId = (String) engine.getRuntimeService().getVariable(filing.getId(), "collisionId");
        return actions.startedCase("collision-resolution", collisionId);
    }
}
