package io.baobei.filing.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductLedger;
import io.baobei.filing.FilingEventType;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingRegistrationService;
import io.baobei.filing.FilingStatus;
import io.baobei.filing.RecordedFilingEvents;
import io.baobei.platform.security.DemoUsers;
import io.baobei.platform.validation.InvalidInputException;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/**
 * Rule X1b: a filing found false — by the approving manager or in the monthly sample review — is void at once:
 * the customer is free (lookup FREE, another rep's filing protected, not a collision), no revision, the process
 * ends, and the FALSE_FILING violation is in the filer's ledger.
 */
@ProcessTest
class FalseFilingProcessTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilingQueryService filings;
    @Autowired
    ConductLedger ledger;
    @Autowired
    FilingRegistrationService registration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    @Autowired
    EngineActions actions;

    @Test
    void aFilingFoundFalseAtApprovalFreesItsCustomerAtOnce() {
        EngineActions.setClock(EngineActions.NOW);
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance falseOne = actions.file("rep1", customer);
        String filingId = falseOne.getBusinessKey();
        Assertions.assertThat(lookup("rep2", customer)).containsEntry("status", "PROTECTED");

        actions.complete(falseOne, "approve-filing", "manager1",
                Map.of("approved", false, "falseFiling", true, "approvalComment", "电话核实：客户从未到店，也不认识报备人"));

        assertThat(falseOne).isEnded().hasPassed("voided-at-approval", "filing-closed").hasNotPassed("revise-filing");
        Assertions.assertThat(filings.get(filingId).status()).isEqualTo(FilingStatus.VOID);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(falseOne.getId()).count()).isZero();
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskAssignee("rep1")
                .processInstanceBusinessKey(filingId).count()).as("no revise task").isZero();
        Assertions.assertThat(claims(filingId)).isZero();
        Assertions.assertThat(RecordedFilingEvents.of(jdbc, filingId)).anySatisfy(e -> {
            Assertions.assertThat(e.type()).isEqualTo(FilingEventType.VOIDED);
            Assertions.assertThat(e.actor()).isEqualTo("manager1");
        }).noneMatch(e -> e.type() == FilingEventType.REJECTED);
        Assertions.assertThat(ledger.of("rep1")).anySatisfy(e -> {
            Assertions.assertThat(e.code()).isEqualTo("FALSE_FILING");
            Assertions.assertThat(e.evidenceId()).isEqualTo(filingId);
            Assertions.assertThat(e.reportedBy()).isEqualTo("manager1");
        });

        assertTheCustomerIsFreeForAnotherRep(customer, filingId);
    }

    @Test
    void aFilingFoundFalseInTheMonthlyReviewIsVoidedAndItsProcessEndsThroughItsEvent() {
        // a deposit customer: protected for 90 days, well past the review, so only the review can free it
        OffsetDateTime filedAt = OffsetDateTime.parse("2023-02-20T10:00:00+08:00");
        EngineActions.setClock(filedAt);
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        customer.put("customerStage", "DEPOSIT");
        customer.put("visitTime", "2023-02-22T10:00");
        ProcessInstance falseOne = actions.file("rep1", customer);
        String filingId = falseOne.getBusinessKey();
        actions.complete(falseOne, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(falseOne, "assign-follower", "manager1", Map.of("follower", "rep1"));
        assertThat(falseOne).isWaitingAt("follow-up", "first-contact-due");
        Assertions.assertThat(filings.get(filingId).protectedUntil()).isEqualTo(filedAt.plusDays(90));

        EngineActions.setClock(OffsetDateTime.parse("2023-03-02T10:00:00+08:00"));
        var started = http.withBasicAuth("salesmgmt1", DemoUsers.PASSWORD)
                .postForEntity("/api/filing-reviews", Map.of("period", "2023-02"), String.class);
        Assertions.assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
        ProcessInstance review = actions.instanceByBusinessKey("filing-sample-review", "2023-02");
        actions.complete(review, "review-filing-sample", "salesmgmt1", Map.of(
                "falseFilings", SpinValues.jsonValue("[\"" + filingId + "\"]").create(),
                "reviewNote", "电话核实：客户从未缴纳定金"));

        assertThat(falseOne).isEnded().hasPassed("filing-found-false", "filing-voided").hasNotPassed("lapse-filing");
        Assertions.assertThat(filings.get(filingId).status()).isEqualTo(FilingStatus.VOID);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(falseOne.getId()).count()).isZero();
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(falseOne.getId()).count())
                .as("protection and contact timers cancelled").isZero();
        Assertions.assertThat(claims(filingId)).isZero();
        Assertions.assertThat(RecordedFilingEvents.of(jdbc, filingId)).anySatisfy(e -> {
            Assertions.assertThat(e.type()).isEqualTo(FilingEventType.VOIDED);
            Assertions.assertThat(e.actor()).isEqualTo("salesmgmt1");
        });
        Assertions.assertThat(ledger.of("rep1")).anySatisfy(e -> {
            Assertions.assertThat(e.code()).isEqualTo("FALSE_FILING");
            Assertions.assertThat(e.evidenceId()).isEqualTo(filingId);
            Assertions.assertThat(e.kind()).isEqualTo(ConductEntry.VIOLATION);
        });

        assertTheCustomerIsFreeForAnotherRep(customer, filingId);
    }

    @Test
    void aVoidFilingCannotBeResubmitted() {
        EngineActions.setClock(EngineActions.NOW);
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance falseOne = actions.file("rep1", customer);
        actions.complete(falseOne, "approve-filing", "manager1",
                Map.of("approved", false, "falseFiling", true, "approvalComment", "伪造的客户"));

        Assertions.assertThatThrownBy(() -> registration.revise(falseOne.getBusinessKey(), "rep1", customer))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("resubmit");
        Assertions.assertThat(filings.get(falseOne.getBusinessKey()).status()).isEqualTo(FilingStatus.VOID);
        Assertions.assertThat(claims(falseOne.getBusinessKey())).isZero();
    }

    private void assertTheCustomerIsFreeForAnotherRep(Map<String, Object> customer, String voidFilingId) {
        Assertions.assertThat(lookup("rep2", customer)).containsEntry("status", "FREE");
        ProcessInstance next = actions.file("rep2", new HashMap<>(customer));
        String nextId = next.getBusinessKey();
        Assertions.assertThat(nextId).isNotEqualTo(voidFilingId);
        Assertions.assertThat(filings.get(nextId).status()).as("protected, not a collision").isEqualTo(FilingStatus.PENDING_APPROVAL);
        assertThat(next).isWaitingAt("approve-filing").hasNotPassed("open-collision");
        Assertions.assertThat(claims(nextId)).isPositive();
        Assertions.assertThat(lookup("rep3", customer)).containsEntry("status", "PROTECTED").containsEntry("maskedOwner", "李*");
    }

    private Map<String, Object> lookup(String user, Map<String, Object> customer) {
        String phone = ((String) customer.get("contactPhone")).replace("+86 ", "");
        return http.withBasicAuth(user, DemoUsers.PASSWORD)
                .exchange("/api/customers/lookup?phone=" + phone, HttpMethod.GET, null, JSON).getBody();
    }

    private long claims(String filingId) {
        return jdbc.sql("select count(*) from customer_key_claim where filing_id = :f").param("f", filingId)
                .query(Long.class).single();
    }
}
