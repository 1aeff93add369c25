package io.baobei.reporting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.filing.ContractReported;
import io.baobei.platform.security.DemoUsers;
import io.baobei.platform.security.Groups;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/**
 * Rule F11 through {@code return-visit}: a reported contract schedules a return visit the
 * {@code return-visit-interval} table's days after the contract date; when it is due, sales management
 * visits and records satisfaction and a note, which stays out of the engine in clear.
 */
@ProcessTest
class ReturnVisitProcessTest {

    private static final OffsetDateTime MARCH = OffsetDateTime.parse("2025-03-03T09:00:00+08:00");

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReturnVisitService visits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TestRestTemplate http;

    @Autowired
    EngineActions actions;

    @Test
    void aSignedCustomerIsVisitedThirtyDaysAfterTheContractDateAndTheVisitIsRecorded() {
        String rep = rep("visit" + EngineActions.nextCustomer());
        EngineActions.setClock(MARCH);
        ProcessInstance filing = actions.file(rep, Filings.enterprise(EngineActions.nextCustomer()));
        String filingId = (String) engine.getRuntimeService().getVariable(filing.getId(), "filingId");
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", rep));
        actions.complete(filing, "follow-up", rep, Map.of("followUpNote", "签约", "outcome", "SIGNED"));
        EngineActions.setClock(MARCH.plusDays(2));
        actions.complete(filing, "report-contract", rep, Map.of("contractName", "门禁系统采购合同", "contractDate", "2025-03-04",
                "contractAmount", 120000, "contractTerm", "12个月"));

        ProcessInstance visit = actions.instanceByBusinessKey("return-visit", filingId);
        assertThat(visit).as("started by the contract report; the interval is looked up asynchronously").isNotNull()
                .isWaitingAt("determine-return-visit-interval");
        actions.executeJobs(visit);

        assertThat(visit).isWaitingAt("return-visit-due");
        OffsetDateTime due = OffsetDateTime.parse("2025-04-03T09:00:00+08:00");
        Assertions.assertThat(actions.timer(visit, "return-visit-due").getDuedate().toInstant()).isEqualTo(due.toInstant());
        Assertions.assertThat(visits.visits(filingId)).singleElement().satisfies(v -> {
            Assertions.assertThat(v.contractDate()).isEqualTo(LocalDate.of(2025, 3, 4));
            Assertions.assertThat(v.intervalDays()).isEqualTo(30);
            Assertions.assertThat(v.dueAt().toInstant()).isEqualTo(due.toInstant());
            Assertions.assertThat(v.status()).isEqualTo("SCHEDULED");
        });
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(visit.getId()).count())
                .as("no task before the visit is due").isZero();

        // a second report of the same contract does not schedule a second visit
        publisher.publishEvent(new ContractReported(filingId, new BigDecimal("120000")));
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("return-visit")
                .processInstanceBusinessKey(filingId).count()).isEqualTo(1);

        actions.fire(visit, "return-visit-due");

        assertThat(visit).isWaitingAt("make-return-visit");
        Task task = actions.task(visit, "make-return-visit");
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId())
                .taskCandidateGroup(Groups.SALES_MANAGEMENT).count()).isEqualTo(1);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateUser(rep).count()).isZero();
        Map<String, Object> shown = engine.getTaskService().getVariables(task.getId());
        Assertions.assertThat(shown).containsEntry("filingId", filingId).containsEntry("customerType", "ENTERPRISE")
                .containsEntry("contractDate", "2025-03-04").containsEntry("contactName", "马**")
                .containsEntry("returnVisitDueDisplay", "2025-04-03 09:00");
        Assertions.assertThat((String) shown.get("contactPhone")).contains("****");

        Assertions.assertThatThrownBy(() -> actions.complete(visit, "make-return-visit", "salesmgmt1",
                Map.of("followUpNote", "客户满意"))).hasMessageContaining("satisfaction");
        String note = "回访马化腾：系统运行良好，希望增加两个门禁点";
        actions.complete(visit, "make-return-visit", "salesmgmt1", Map.of("satisfaction", "SATISFIED", "followUpNote", note));

        assertThat(visit).isEnded().hasPassed("return-visit-recorded");
        Assertions.assertThat(visits.visits(filingId)).singleElement().satisfies(v -> {
            Assertions.assertThat(v.status()).isEqualTo("DONE");
            Assertions.assertThat(v.satisfaction()).isEqualTo("SATISFIED");
            Assertions.assertThat(v.visitedBy()).isEqualTo("salesmgmt1");
            Assertions.assertThat(v.noteRecorded()).isTrue();
        });
        String stored = jdbc.sql("select note_enc from return_visit where filing_id = :f").param("f", filingId)
                .query(String.class).single();
        Assertions.assertThat(stored).as("the note is stored encrypted").doesNotContain("马化腾", "门禁");
        for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(visit.getId()).list()) {
            Assertions.assertThat(String.valueOf(variable.getValue())).as(variable.getName()).doesNotContain("马化腾", "门禁点");
        }

        String listed = http.withBasicAuth("salesmgmt1", DemoUsers.PASSWORD).getForObject("/api/return-visits?filingId=" + filingId,
                String.class);
        Assertions.assertThat(listed).contains(filingId, "SATISFIED", "DONE").doesNotContain("马化腾");
        Assertions.assertThat(http.withBasicAuth("rep1", DemoUsers.PASSWORD).getForEntity("/api/return-visits", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    /** A rep of region east of this test's own. */
    private String rep(String id) {
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser(id);
        user.setLastName("测");
        user.setFirstName(id);
        identity.saveUser(user);
        identity.createMembership(id, Groups.SALES);
        identity.createMembership(id, Groups.ofRegion("east"));
        return id;
    }
}
