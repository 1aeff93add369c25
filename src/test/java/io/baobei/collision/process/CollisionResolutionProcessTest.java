package io.baobei.collision.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.collision.Collision;
import io.baobei.collision.CollisionCaseService;
import io.baobei.collision.CollisionKind;
import io.baobei.collision.CollisionReportService;
import io.baobei.collision.CommissionEntry;
import io.baobei.collision.CommissionService;
import io.baobei.collision.ManualCollisionReport;
import io.baobei.collision.Resolution;
import io.baobei.collision.ResolvedBy;
import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductLedger;
import io.baobei.filing.CustomerLookupService;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.platform.security.DemoUsers;
import io.baobei.platform.validation.InvalidInputException;
import io.baobei.support.EngineActions;
import io.baobei.support.FailingRuleTable;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/** Walks the paths of {@code collision-resolution} and their effect on both {@code customer-filing} instances. */
@ProcessTest
class CollisionResolutionProcessTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilingQueryService filings;
    @Autowired
    CollisionCaseService collisions;
    @Autowired
    CommissionService commissions;
    @Autowired
    ConductLedger ledger;
    @Autowired
    CollisionReportService reporting;
    @Autowired
    CustomerLookupService lookups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    @Autowired
    EngineActions actions;

    @Test
    void repsWhoAgreeSettleItThemselvesAndPayrollIsTold() {
        Case c = collide();
        assertThat(c.resolution).isWaitingAt("negotiate").hasPassed("announce-collision");
        Assertions.assertThat(notificationsOf("manager1")).anyMatch(subject -> subject.contains(c.collisionId));
        Assertions.assertThat(notificationsOf("rep2")).anyMatch(subject -> subject.contains(c.collisionId));

        propose(c, "rep1", "KEEP_FIRST");
        propose(c, "rep2", "KEEP_FIRST");
        actions.executeJobs(c.resolution);

        assertThat(c.resolution).isEnded().hasPassed("apply-resolution").hasNotPassed("arbitrate");
        Assertions.assertThat(filings.get(c.firstFilingId).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        Assertions.assertThat(filings.get(c.secondFilingId).status()).isEqualTo(FilingStatus.WITHDRAWN);
        assertThat(c.second).isEnded().hasPassed("filing-ended-by-collision");
        assertThat(c.first).isWaitingAt("approve-filing").hasPassed("collision-outcome-noted");
        Collision resolved = collisions.get(c.collisionId);
        Assertions.assertThat(resolved.resolution()).isEqualTo(Resolution.FIRST);
        Assertions.assertThat(resolved.resolvedBy()).isEqualTo(ResolvedBy.NEGOTIATION);
        Assertions.assertThat(notificationsOf("hr1")).anyMatch(subject -> subject.contains("备案"));
        Assertions.assertThat(notificationsOf("finance1")).anyMatch(subject -> subject.contains("备案"));
    }

    @Test
    void whenTheLaterRepKeepsTheCustomerTheirFilingTakesOverTheProtection() {
        Case c = collide();
        propose(c, "rep1", "KEEP_SECOND");
        propose(c, "rep2", "KEEP_SECOND");
        actions.executeJobs(c.resolution);

        assertThat(c.first).isEnded();
        assertThat(c.second).isWaitingAt("approve-filing").hasPassed("await-collision-outcome", "start-protection");
        Assertions.assertThat(filings.get(c.secondFilingId).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        Assertions.assertThat(filings.get(c.firstFilingId).status()).isEqualTo(FilingStatus.WITHDRAWN);
        Assertions.assertThat(lookups.holders(c.phone, null, null, null)).extracting(f -> f.id()).containsExactly(c.secondFilingId);
    }

    @Test
    void withoutAgreementTheManagerArbitratesFollowingTheRecommendation() {
        Case c = collide();
        propose(c, "rep1", "KEEP_FIRST");
        propose(c, "rep2", "NO_AGREEMENT");

        assertThat(c.resolution).isWaitingAt("arbitrate").hasPassed("recommend-owner", "record-recommendation");
        Map<String, Object> variables = engine.getRuntimeService().getVariables(c.resolution.getId());
        Assertions.assertThat(variables.get("recommendedOwner")).isEqualTo("FIRST");
        Assertions.assertThat((String) variables.get("recommendationReason")).contains("报备在先").contains("有效报备");
        Assertions.assertThat(variables).containsEntry("filingGapHours", 0.5).containsEntry("firstValid", true)
                .containsEntry("secondValid", false).containsEntry("firstCompleteness", 82)
                .containsEntry("secondCompleteness", 82).containsEntry("firstFollowUpScore", 0)
                .containsEntry("secondFollowUpScore", 0).containsEntry("helpRegistered", false);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(c.resolution.getId())
                .taskCandidateUser("manager1").count()).isEqualTo(1);

        actions.complete(c.resolution, "arbitrate", "manager1", Map.of("decision", "FIRST"));
        actions.executeJobs(c.resolution);

        Collision resolved = collisions.get(c.collisionId);
        Assertions.assertThat(resolved.resolvedBy()).isEqualTo(ResolvedBy.ARBITRATION);
        Assertions.assertThat(resolved.recommendationInputs()).contains("filingGapHours=0.5", "firstValid=true",
                "secondValid=false", "firstContactsBeforeSecond=0", "secondContactsBeforeSecond=0");
        Assertions.assertThat(resolved.shareFirst()).isEqualTo(100);
        Assertions.assertThat(resolved.shareSecond()).isZero();
        Assertions.assertThat(filings.get(c.secondFilingId).status()).isEqualTo(FilingStatus.VOID);
        assertThat(c.second).isEnded();
    }

    @Test
    void overrulingTheRecommendationNeedsAWrittenReasonWhichIsKept() {
        Case c = collide();
        propose(c, "rep1", "KEEP_FIRST");
        propose(c, "rep2", "KEEP_SECOND");

        Assertions.assertThatThrownBy(() -> actions.complete(c.resolution, "arbitrate", "manager1", Map.of("decision", "SECOND")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("decisionReason");
        assertThat(c.resolution).isWaitingAt("arbitrate");

        actions.complete(c.resolution, "arbitrate", "manager1",
                Map.of("decision", "SECOND", "decisionReason", "后报备者已带客户看房两次并提交完整需求"));
        actions.executeJobs(c.resolution);

        Collision resolved = collisions.get(c.collisionId);
        Assertions.assertThat(resolved.resolution()).isEqualTo(Resolution.SECOND);
        Assertions.assertThat(resolved.recommendedOwner()).isEqualTo("FIRST");
        Assertions.assertThat(resolved.decisionReason()).contains("看房");
        Assertions.assertThat(resolved.decidedBy()).isEqualTo("manager1");
        assertThat(c.second).isWaitingAt("approve-filing");
    }

    @Test
    void noAnswerBeforeTheDeadlineGoesToArbitration() {
        Case c = collide();
        propose(c, "rep1", "KEEP_FIRST");

        actions.fire(c.resolution, "negotiation-deadline");

        assertThat(c.resolution).isWaitingAt("arbitrate").hasPassed("evaluate-proposals");
        Assertions.assertThat((String) engine.getRuntimeService().getVariable(c.resolution.getId(), "proposalsSummary"))
                .contains("归先报备者");
    }

    @Test
    void sharedOwnershipSplitsTheCommissionFiftyFiftyWhenTheCustomerSigns() {
        Case c = collide();
        propose(c, "rep1", "NO_AGREEMENT");
        propose(c, "rep2", "NO_AGREEMENT");
        actions.complete(c.resolution, "arbitrate", "manager1", Map.of("decision", "SHARED", "decisionReason", "同时接触，无法判定先后"));
        actions.executeJobs(c.resolution);
        Assertions.assertThat(filings.get(c.secondFilingId).status()).isEqualTo(FilingStatus.WITHDRAWN);

        signAndReport(c.first, new BigDecimal("100000"));

        List<CommissionEntry> entries = commissions.of(c.firstFilingId);
        Assertions.assertThat(entries).extracting(CommissionEntry::rep, CommissionEntry::sharePercent)
                .containsExactlyInAnyOrder(Assertions.tuple("rep1", 50), Assertions.tuple("rep2", 50));
        Assertions.assertThat(entries).allMatch(e -> e.amount().compareTo(new BigDecimal("50000")) == 0);
    }

    @Test
    void anAgreedSplitThatEndsInAContractPaysTheAgreedSharesAndEarnsBothAReward() {
        Case c = collide();
        proposeSplit(c, "rep1", 60);
        proposeSplit(c, "rep2", 60);
        actions.executeJobs(c.resolution);

        signAndReport(c.first, new BigDecimal("200000"));

        Assertions.assertThat(commissions.of(c.firstFilingId)).extracting(CommissionEntry::rep, CommissionEntry::amount)
                .containsExactlyInAnyOrder(Assertions.tuple("rep1", new BigDecimal("120000.00")),
                        Assertions.tuple("rep2", new BigDecimal("80000.00")));
        Assertions.assertThat(codes("rep1")).contains("REWARD:NEGOTIATED_SIGNING");
        Assertions.assertThat(codes("rep2")).contains("REWARD:NEGOTIATED_SIGNING");
    }

    @Test
    void aQuarrelBeforeTheCustomerVoidsBothFilingsAndIsRecordedForBoth() {
        Case c = collide();
        propose(c, "rep1", "NO_AGREEMENT");
        propose(c, "rep2", "NO_AGREEMENT");
        actions.complete(c.resolution, "arbitrate", "manager1",
                Map.of("decision", "VOID_BOTH", "decisionReason", "双方在客户面前争执", "customerLost", true));
        actions.executeJobs(c.resolution);

        Assertions.assertThat(filings.get(c.firstFilingId).status()).isEqualTo(FilingStatus.VOID);
        Assertions.assertThat(filings.get(c.secondFilingId).status()).isEqualTo(FilingStatus.VOID);
        assertThat(c.first).isEnded();
        assertThat(c.second).isEnded();
        Assertions.assertThat(codes("rep1")).contains("VIOLATION:CUSTOMER_PRESENT_DISPUTE");
        Assertions.assertThat(codes("rep2")).contains("VIOLATION:CUSTOMER_PRESENT_DISPUTE");
        Assertions.assertThat(lookups.holders(c.phone, null, null, null)).isEmpty();
    }

    @Test
    void aRepWhoNeverFiledHasNoClaimAndBearsTheResponsibility() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance first = actions.file("rep1", customer);
        String firstFilingId = actions.filingId(first);

        Collision reported = actions.as("rep2", () -> reporting.report("rep2",
                new ManualCollisionReport(null, (String) customer.get("creditCode"), null, null, null, "在客户公司门口遇到王小明")));
        ProcessInstance resolution = actions.instanceByBusinessKey("collision-resolution", reported.id());
        actions.executeJobs(resolution);

        assertThat(resolution).isEnded().hasPassed("adopt-recommendation").hasNotPassed("negotiate", "arbitrate");
        Collision resolved = collisions.get(reported.id());
        Assertions.assertThat(resolved.kind()).isEqualTo(CollisionKind.REPORTED);
        Assertions.assertThat(resolved.resolution()).isEqualTo(Resolution.FIRST);
        Assertions.assertThat(resolved.resolvedBy()).isEqualTo(ResolvedBy.UNFILED_RULE);
        Assertions.assertThat(resolved.recommendationInputs()).contains("firstFiled=true", "secondFiled=false",
                "filingGapHours=null", "firstValid=true", "secondValid=false");
        Assertions.assertThat(resolved.recommendationReason()).contains("第二方未报备");
        Assertions.assertThat(codes("rep2")).contains("VIOLATION:UNFILED_COLLISION");
        Assertions.assertThat(filings.get(firstFilingId).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        assertThat(first).isWaitingAt("approve-filing");
    }

    @Test
    void aRelativeAskingAboutTheSamePropertyThroughAnotherRepCollides() {
        int n = EngineActions.nextCustomer();
        Map<String, Object> buyer = Filings.individual();
        buyer.put("contactPhone", "137" + String.format("%08d", n));
        buyer.put("propertyId", "LP-" + n);
        buyer.remove("idNumber");
        ProcessInstance first = actions.file("rep1", buyer);

        Map<String, Object> relative = Filings.individual();
        relative.put("customerName", "欧阳娜娜的母亲");
        relative.put("contactPhone", "136" + String.format("%08d", n));
        relative.put("relativePhone", buyer.get("contactPhone"));
        relative.put("propertyId", "lp-" + n);
        relative.remove("idNumber");
        ProcessInstance second = actions.file("rep2", relative);

        Assertions.assertThat(filings.get(actions.filingId(second)).status()).isEqualTo(FilingStatus.IN_COLLISION);
        String collisionId = (String) engine.getRuntimeService().getVariable(second.getId(), "collisionId");
        Collision collision = collisions.get(collisionId);
        Assertions.assertThat(collision.kind()).isEqualTo(CollisionKind.RELATIVE_PROPERTY);
        Assertions.assertThat(collision.firstFilingId()).isEqualTo(actions.filingId(first));
    }

    @Test
    void afterALapseWhileTheRepStillFollowedTheCustomerChoosesAndMayChooseTheFormerRep() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance former = actions.file("rep1", customer);
        String formerFilingId = actions.filingId(former);
        actions.complete(former, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(former, "assign-follower", "manager1", Map.of("follower", "rep1"));
        actions.fire(former, "protection-lapsed");
        Assertions.assertThat(filings.get(formerFilingId).status()).isEqualTo(FilingStatus.LAPSED);

        ProcessInstance newer = actions.file("rep2", customer);
        String collisionId = (String) engine.getRuntimeService().getVariable(newer.getId(), "collisionId");
        ProcessInstance resolution = actions.startedCase("collision-resolution", collisionId);
        Assertions.assertThat(collisions.get(collisionId).kind()).isEqualTo(CollisionKind.CUSTOMER_CHOICE);
        assertThat(resolution).isWaitingAt("record-customer-choice").hasNotPassed("negotiate");
        Assertions.assertThat(lookups.holders(null, (String) customer.get("creditCode"), null, null))
                .as("nobody else can file the customer meanwhile").extracting(f -> f.id()).containsExactly(actions.filingId(newer));

        actions.complete(resolution, "record-customer-choice", "manager1",
                Map.of("customerChoice", "FIRST", "choiceNote", "客户电话表示继续由王小明服务"));
        actions.executeJobs(resolution);

        Assertions.assertThat(collisions.get(collisionId).resolvedBy()).isEqualTo(ResolvedBy.CUSTOMER_CHOICE);
        Assertions.assertThat(filings.get(actions.filingId(newer)).status()).isEqualTo(FilingStatus.WITHDRAWN);
        assertThat(newer).isEnded();
        Assertions.assertThat(filings.get(formerFilingId).status()).isEqualTo(FilingStatus.FOLLOWING);
        ProcessInstance reinstated = actions.instanceByBusinessKey("customer-filing", formerFilingId);
        assertThat(reinstated).isWaitingAt("follow-up");
        Assertions.assertThat(actions.task(reinstated, "follow-up").getAssignee()).isEqualTo("rep1");
        Assertions.assertThat(actions.timer(reinstated, "protection-lapsed").getDuedate())
                .as("protected anew for the inquiry period from the choice").isEqualTo(
                        java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofDays(7))));
        Assertions.assertThat(lookups.holders(null, (String) customer.get("creditCode"), null, null))
                .extracting(f -> f.id()).containsExactly(formerFilingId);
    }

    @Test
    void theCustomerMayChooseTheNewRep() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance former = actions.file("rep1", customer);
        actions.complete(former, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(former, "assign-follower", "manager1", Map.of("follower", "rep1"));
        actions.fire(former, "protection-lapsed");

        ProcessInstance newer = actions.file("rep2", customer);
        String collisionId = (String) engine.getRuntimeService().getVariable(newer.getId(), "collisionId");
        ProcessInstance resolution = actions.startedCase("collision-resolution", collisionId);
        actions.complete(resolution, "record-customer-choice", "manager1",
                Map.of("customerChoice", "SECOND", "choiceNote", "客户到店选择李娜"));
        actions.executeJobs(resolution);

        assertThat(newer).isWaitingAt("approve-filing");
        Assertions.assertThat(filings.get(actions.filingId(newer)).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        Assertions.assertThat(filings.get(actions.filingId(former)).status()).isEqualTo(FilingStatus.LAPSED);
        ProcessInstance third = actions.file("rep3", customer);
        Assertions.assertThat(collisions.get((String) engine.getRuntimeService().getVariable(third.getId(), "collisionId")).kind())
                .as("the former rep no longer stands in the way").isEqualTo(CollisionKind.PHONE);
    }

    @Test
    void aLapseWithoutFollowingLeavesTheCustomerFreeForAnyone() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance former = actions.file("rep1", customer);
        actions.fire(former, "protection-lapsed");

        ProcessInstance newer = actions.file("rep2", customer);

        Assertions.assertThat(filings.get(actions.filingId(newer)).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    /** The case runs in its own transaction: the rep's filing that met the protected customer stays stored whatever the case does. */
    @Test
    void aFailingCollisionCaseNeverUndoesTheRepsFilingAndShowsAsAnIncidentInCockpit() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        Assertions.assertThat(file("rep1", customer).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String collisionId;
        ProcessInstance resolution;
        Job failed;

        try (FailingRuleTable broken = FailingRuleTable.deploy(engine, "collision-deadlines")) {
            ResponseEntity<Map<String, Object>> second = file("rep2", customer);

            Assertions.assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            Assertions.assertThat(second.getBody()).containsEntry("filingStatus", "IN_COLLISION");
            String filingId = (String) second.getBody().get("filingId");
            collisionId = (String) second.getBody().get("collisionId");
            Assertions.assertThat(jdbc.sql("select status from filing where id = :id").param("id", filingId)
                    .query(String.class).single()).isEqualTo("IN_COLLISION");
            resolution = actions.instanceByBusinessKey("collision-resolution", collisionId);
            Assertions.assertThat(jdbc.sql("select process_instance_id from collision where id = :id").param("id", collisionId)
                    .query(String.class).single()).as("the case row, its process attached").isEqualTo(resolution.getId());
            assertThat(resolution).isWaitingAt("collision-reported");

            failed = actions.failJob(resolution);
            Assertions.assertThat(failed.getRetries()).as("R3/PT5M: three attempts").isEqualTo(2);
            engine.getManagementService().setJobRetries(failed.getId(), 1);
            Assertions.assertThat(actions.failJob(resolution).getRetries()).isZero();

            ResponseEntity<List<Map<String, Object>>> incidents = http.withBasicAuth("admin", DemoUsers.PASSWORD).exchange(
                    "/engine-rest/incident?processInstanceId=" + resolution.getId(), HttpMethod.GET, null, LIST);
            Assertions.assertThat(incidents.getBody()).as("what Cockpit lists").singleElement().satisfies(incident -> {
                Assertions.assertThat(incident).containsEntry("incidentType", "failedJob")
                        .containsEntry("activityId", "collision-reported").containsEntry("configuration", failed.getId());
            });
            Assertions.assertThat(jdbc.sql("select status from filing where id = :id").param("id", filingId)
                    .query(String.class).single()).isEqualTo("IN_COLLISION");
        }

        // the table repaired, the operator retries the job as Cockpit does; the case runs on to the negotiation
        ResponseEntity<Void> retried = http.withBasicAuth("admin", DemoUsers.PASSWORD).exchange(
                "/engine-rest/job/" + failed.getId() + "/retries", HttpMethod.PUT, new HttpEntity<>(Map.of("retries", 1), jsonHeaders()),
                Void.class);
        Assertions.assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        actions.executeWhenDue(resolution, failed.getId());
        assertThat(resolution).isWaitingAt("negotiate");
        Assertions.assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(resolution.getId()).count()).isZero();
        Assertions.assertThat(jdbc.sql("select count(*) from notification where recipient = 'rep1' and subject like :s")
                .param("s", "%" + collisionId + "%").query(Integer.class).single()).isPositive();
    }

    private ResponseEntity<Map<String, Object>> file(String rep, Map<String, Object> customer) {
        return http.withBasicAuth(rep, DemoUsers.PASSWORD).exchange("/api/filings", HttpMethod.POST,
                new HttpEntity<>(customer, jsonHeaders()), JSON);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    /** rep1 files a customer; half an hour later rep2 files the same customer, its phone written differently. */
    private Case collide() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance first = actions.file("rep1", customer);
        Map<String, Object> sameCustomer = new HashMap<>(customer);
        String phone = ((String) customer.get("contactPhone")).replace("+86 ", "").replace("-", "");
        sameCustomer.put("contactPhone", phone);
        EngineActions.setClock(EngineActions.NOW.plusMinutes(30));
        ProcessInstance second = actions.file("rep2", sameCustomer);
        String collisionId = (String) engine.getRuntimeService().getVariable(second.getId(), "collisionId");
        return new Case(first, second, actions.startedCase("collision-resolution", collisionId), collisionId,
                actions.filingId(first), actions.filingId(second), phone);
    }

    private void propose(Case c, String rep, String proposal) {
        actions.completeAssigned(c.resolution, "negotiate", rep, Map.of("proposal", proposal, "statement", rep + "的情况说明"));
    }

    private void proposeSplit(Case c, String rep, int firstPercent) {
        actions.completeAssigned(c.resolution, "negotiate", rep,
                Map.of("proposal", "SPLIT", "splitFirstPercent", firstPercent, "statement", "双方同意按比例分成"));
    }

    private void signAndReport(ProcessInstance filing, BigDecimal amount) {
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", "rep1"));
        actions.complete(filing, "follow-up", "rep1", Map.of("followUpNote", "客户确认签约", "outcome", "SIGNED"));
        actions.complete(filing, "report-contract", "rep1", Map.of("contractName", "采购合同", "contractDate", "2026-11-27",
                "contractAmount", amount, "contractTerm", "12个月"));
    }

    private List<String> codes(String person) {
        return ledger.of(person).stream().map((ConductEntry e) -> e.kind() + ":" + e.code()).toList();
    }

    private List<String> notificationsOf(String user) {
        return jdbc.sql("select subject from notification where recipient = :r").param("r", user).query(String.class).list();
    }

    private record Case(ProcessInstance first, ProcessInstance second, ProcessInstance resolution, String collisionId,
                        String firstFilingId, String secondFilingId, String phone) {
    }
}
