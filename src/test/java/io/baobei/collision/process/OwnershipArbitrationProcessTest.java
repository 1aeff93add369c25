package io.baobei.collision.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.collision.AssistService;
import io.baobei.collision.Collision;
import io.baobei.collision.CollisionCaseService;
import io.baobei.collision.CollisionKind;
import io.baobei.collision.CollisionReportService;
import io.baobei.collision.HelpRegistrations;
import io.baobei.collision.ManualCollisionReport;
import io.baobei.collision.Resolution;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/**
 * Rule C6b through the real models: what {@code ownership-arbitration} recommends for the stories of issue 13, with
 * the evidence the manager is shown, and the collision's kind named after the strongest matched key.
 */
@ProcessTest
class OwnershipArbitrationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilingQueryService filings;
    @Autowired
    CollisionCaseService collisions;
    @Autowired
    AssistService assists;
    @Autowired
    CollisionReportService reports;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    EngineActions actions;

    @Test
    void aColleagueFilingThreeSecondsLaterGetsNoShare() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance first = actions.file("rep1", customer);
        EngineActions.setClock(EngineActions.NOW.plusSeconds(3));
        ProcessInstance resolution = collisionOf(actions.file("rep3", customer));
        disagree(resolution, "rep1", "rep3");

        Map<String, Object> evidence = variables(resolution);
        Assertions.assertThat(evidence).containsEntry("recommendedOwner", "FIRST").containsEntry("firstFiled", true)
                .containsEntry("secondFiled", true).containsEntry("firstValid", true).containsEntry("secondValid", false)
                .containsEntry("firstCompleteness", 82).containsEntry("secondCompleteness", 82)
                .containsEntry("firstContactsBeforeSecond", 0).containsEntry("secondContactsBeforeSecond", 0)
                .as("an expected amount typed at filing is no follow-up")
                .containsEntry("firstFollowUpScore", 0).containsEntry("secondFollowUpScore", 0)
                .containsEntry("helpRegistered", false);
        Assertions.assertThat((Double) evidence.get("filingGapHours")).isCloseTo(3 / 3600.0, Offset.offset(1e-9));
        Assertions.assertThat((String) evidence.get("recommendationReason")).contains("后报备者不分提成");

        actions.complete(resolution, "arbitrate", "manager1", Map.of("decision", "FIRST"));
        actions.executeJobs(resolution);

        Collision resolved = collisions.get(collisionId(resolution));
        Assertions.assertThat(resolved.resolution()).isEqualTo(Resolution.FIRST);
        Assertions.assertThat(resolved.shareFirst()).isEqualTo(100);
        Assertions.assertThat(resolved.shareSecond()).isZero();
        Assertions.assertThat(filings.get(actions.filingId(first)).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    @Test
    void aColleagueFilingHoursLaterGetsNoShare() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        actions.file("rep1", customer);
        EngineActions.setClock(EngineActions.NOW.plusHours(5));
        ProcessInstance resolution = collisionOf(actions.file("rep2", customer));
        disagree(resolution, "rep1", "rep2");

        Assertions.assertThat(variables(resolution)).containsEntry("recommendedOwner", "FIRST")
                .containsEntry("filingGapHours", 5.0).containsEntry("firstValid", true).containsEntry("secondValid", false);
    }

    @Test
    void aFirstFilingFoundFalseLosesToTheRepWhoWorkedTheCustomer() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        workedAndLost("rep2", customer, EngineActions.NOW.minusDays(20));
        EngineActions.setClock(EngineActions.NOW);
        ProcessInstance first = actions.file("rep1", customer);
        EngineActions.setClock(EngineActions.NOW.plusHours(1));
        ProcessInstance second = actions.file("rep2", customer);
        ProcessInstance resolution = collisionOf(second);
        actions.complete(first, "approve-filing", "manager1",
                Map.of("approved", false, "falseFiling", true, "approvalComment", "客户表示从未与王小明联系过"));
        disagree(resolution, "rep1", "rep2");

        Map<String, Object> evidence = variables(resolution);
        Assertions.assertThat(evidence).containsEntry("recommendedOwner", "SECOND").containsEntry("firstValid", false)
                .containsEntry("filingGapHours", 1.0)
                .containsEntry("firstContactsBeforeSecond", 0).containsEntry("secondContactsBeforeSecond", 2)
                .containsEntry("firstFollowUpScore", 0).containsEntry("secondFollowUpScore", 100);
        Assertions.assertThat((String) evidence.get("recommendationReason")).contains("不是有效报备").contains("跟进");

        actions.complete(resolution, "arbitrate", "manager1", Map.of("decision", "SECOND"));
        actions.executeJobs(resolution);

        Assertions.assertThat(collisions.get(collisionId(resolution)).shareSecond()).isEqualTo(100);
        Assertions.assertThat(filings.get(actions.filingId(second)).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        assertThat(second).isWaitingAt("approve-filing");
    }

    @Test
    void bothRepsWorkedTheCustomerBeforeTheLaterFilingSoTheyShare() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        workedAndLost("rep2", customer, EngineActions.NOW.minusDays(20));
        EngineActions.setClock(EngineActions.NOW);
        ProcessInstance first = actions.file("rep1", customer);
        actions.complete(first, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(first, "assign-follower", "manager1", Map.of("follower", "rep1"));
        EngineActions.setClock(EngineActions.NOW.plusHours(3));
        actions.complete(first, "follow-up", "rep1", Map.of("followUpNote", "上门演示门禁方案", "outcome", "CONTINUE"));
        EngineActions.setClock(EngineActions.NOW.plusDays(1));
        ProcessInstance resolution = collisionOf(actions.file("rep2", customer));
        disagree(resolution, "rep1", "rep2");

        Map<String, Object> evidence = variables(resolution);
        Assertions.assertThat(evidence).containsEntry("recommendedOwner", "SHARED").containsEntry("firstValid", true)
                .containsEntry("filingGapHours", 24.0)
                .containsEntry("firstContactsBeforeSecond", 1).containsEntry("secondContactsBeforeSecond", 2)
                // rep1's contact, and the expected amount the follow-up form carries over from the filing (2 of 4 facts)
                .containsEntry("firstFollowUpScore", 50).containsEntry("secondFollowUpScore", 100);
        Assertions.assertThat((String) evidence.get("recommendationReason")).contains("双方均已接洽").contains("50%");

        actions.complete(resolution, "arbitrate", "manager1", Map.of("decision", "SHARED"));
        actions.executeJobs(resolution);

        Collision resolved = collisions.get(collisionId(resolution));
        Assertions.assertThat(resolved.shareFirst()).isEqualTo(50);
        Assertions.assertThat(resolved.shareSecond()).isEqualTo(50);
    }

    @Test
    void registeredHelpOfTheLaterRepIsShared() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance first = actions.file("rep1", customer);
        EngineActions.setClock(EngineActions.NOW.plusMinutes(10));
        assists.register(actions.filingId(first), "rep2", "陪同王小明上门讲解方案");
        EngineActions.setClock(EngineActions.NOW.plusMinutes(30));
        ProcessInstance resolution = collisionOf(actions.file("rep2", customer));
        disagree(resolution, "rep1", "rep2");

        Assertions.assertThat(variables(resolution)).containsEntry("recommendedOwner", "SHARED")
                .containsEntry("helpRegistered", true).containsEntry("firstValid", true);
    }

    /** Rows the help door now refuses (rule C6b), as they may stand from before that refusal. */
    @Test
    void helpRecordedAfterTheLaterFilingCountsForNothing() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance first = actions.file("rep1", customer);
        EngineActions.setClock(EngineActions.NOW.plusMinutes(30));
        ProcessInstance resolution = collisionOf(actions.file("rep2", customer));
        HelpRegistrations.register(jdbc, actions.filingId(first), "rep2", "撞单后登记的协助", EngineActions.NOW.plusMinutes(40));
        disagree(resolution, "rep1", "rep2");

        Assertions.assertThat(variables(resolution)).containsEntry("recommendedOwner", "FIRST")
                .containsEntry("helpRegistered", false);
    }

    @Test
    void helpRecordedByAPartyToAnEarlierCollisionOnTheCustomerCountsForNothing() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance first = actions.file("rep1", customer);
        EngineActions.setClock(EngineActions.NOW.plusMinutes(10));
        actions.as("rep2", () -> reports.report("rep2", new ManualCollisionReport(null, (String) customer.get("creditCode"),
                null, null, null, "在客户公司门口遇到同事")));
        HelpRegistrations.register(jdbc, actions.filingId(first), "rep2", "撞单后登记的协助", EngineActions.NOW.plusMinutes(20));
        EngineActions.setClock(EngineActions.NOW.plusMinutes(30));
        ProcessInstance resolution = collisionOf(actions.file("rep2", customer));
        disagree(resolution, "rep1", "rep2");

        Assertions.assertThat(variables(resolution)).containsEntry("recommendedOwner", "FIRST")
                .containsEntry("helpRegistered", false);
    }

    @Test
    void anIdenticalPhoneNamesTheCollisionEvenWhenTheSamePropertyAndARelativeMatchToo() {
        int n = EngineActions.nextCustomer();
        Map<String, Object> buyer = Filings.individual();
        buyer.put("contactPhone", "137" + String.format("%08d", n));
        buyer.put("relativePhone", "135" + String.format("%08d", n));
        buyer.put("propertyId", "LP-" + n);
        buyer.remove("idNumber");
        actions.file("rep1", buyer);
        Map<String, Object> again = new HashMap<>(buyer);
        again.put("customerName", "欧阳娜娜的母亲");
        again.put("propertyId", "lp-" + n);

        ProcessInstance resolution = collisionOf(actions.file("rep2", again));

        Collision collision = collisions.get(collisionId(resolution));
        Assertions.assertThat(collision.kind()).isEqualTo(CollisionKind.PHONE);
        Assertions.assertThat(variables(resolution)).containsEntry("collisionKind", "PHONE")
                .containsEntry("collisionKindLabel", "同一联系电话");
        Assertions.assertThat(jdbc.sql("select body from notification where recipient = 'rep2' and subject = :s")
                .param("s", "撞单提醒：" + collision.id()).query(String.class).list())
                .containsExactly("发生撞单（同一联系电话），请相关销售在期限内协商，必要时由区域经理仲裁。");
    }

    /** The rep filed the customer before, recorded two contacts (amount, unit price, signing date) and lost it. */
    private void workedAndLost(String rep, Map<String, Object> customer, OffsetDateTime when) {
        EngineActions.setClock(when);
        ProcessInstance earlier = actions.file(rep, customer);
        actions.complete(earlier, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(earlier, "assign-follower", "manager1", Map.of("follower", rep));
        EngineActions.setClock(when.plusDays(1));
        actions.complete(earlier, "follow-up", rep, Map.of("followUpNote", "客户询价，计划明年初签约", "expectedAmount", 300000,
                "unitPrice", 1200, "expectedSignDate", "2027-01-15", "outcome", "CONTINUE"));
        EngineActions.setClock(when.plusDays(2));
        actions.complete(earlier, "follow-up", rep, Map.of("followUpNote", "客户暂缓采购", "outcome", "LOST"));
        Assertions.assertThat(filings.get(actions.filingId(earlier)).status()).isEqualTo(FilingStatus.ARCHIVED);
    }

    private ProcessInstance collisionOf(ProcessInstance filing) {
        String collisionId = (String) engine.getRuntimeService().getVariable(filing.getId(), "collisionId");
        Assertions.assertThat(collisionId).as("the filing collided").isNotNull();
        return actions.startedCase("collision-resolution", collisionId);
    }

    private void disagree(ProcessInstance resolution, String firstRep, String secondRep) {
        actions.completeAssigned(resolution, "negotiate", firstRep, Map.of("proposal", "KEEP_FIRST", "statement", "我先报备"));
        actions.completeAssigned(resolution, "negotiate", secondRep, Map.of("proposal", "KEEP_SECOND", "statement", "客户由我接洽"));
        assertThat(resolution).isWaitingAt("arbitrate").hasPassed("gather-arbitration-evidence", "recommend-owner");
    }

    private Map<String, Object> variables(ProcessInstance resolution) {
        return engine.getRuntimeService().getVariables(resolution.getId());
    }

    private String collisionId(ProcessInstance resolution) {
        return resolution.getBusinessKey();
    }
}
