package io.baobei.filing.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.filing.Filing;
import io.baobei.filing.FilingDisplay;
import io.baobei.filing.FilingEventType;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.filing.FollowUpOutcome;
import io.baobei.filing.RecordedFilingEvents;
import io.baobei.platform.validation.InvalidInputException;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/** Walks every path of {@code customer-filing} through the real models, as the real users. */
@ProcessTest
class CustomerFilingProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilingQueryService filings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DisplayBackfill backfill;

    @Autowired
    EngineActions actions;

    @Test
    void approvedFilingIsFollowedSignedReportedArchivedAndReleasedAfterTheExistingCustomerPeriod() {
        ProcessInstance instance = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        String filingId = filingId(instance);
        assertThat(instance).isWaitingAt("approve-filing").hasPassed("register-filing", "determine-protection-period");
        Assertions.assertThat(instance.getBusinessKey()).isEqualTo(filingId);
        Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult().getBusinessKey()).isEqualTo(filingId);
        Assertions.assertThat(filings.get(filingId).protectedUntil()).isEqualTo(EngineActions.NOW.plusDays(7));
        Assertions.assertThat(task(instance, "approve-filing").getAssignee()).isNull();
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("manager1")
                .processInstanceId(instance.getId()).count()).isEqualTo(1);

        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", true, "approvalComment", "同意"));
        assertThat(instance).isWaitingAt("assign-follower");
        Assertions.assertThat(filings.get(filingId).status()).isEqualTo(FilingStatus.APPROVED);

        actions.complete(instance, "assign-follower", "manager1", Map.of("follower", "rep2"));
        assertThat(instance).isWaitingAt("follow-up", "first-contact-due");
        Assertions.assertThat(task(instance, "follow-up").getAssignee()).isEqualTo("rep2");

        actions.complete(instance, "follow-up", "rep2", followUp("CONTINUE"));
        assertThat(instance).isWaitingAt("follow-up");
        actions.complete(instance, "follow-up", "rep2", followUp("SIGNED"));
        assertThat(instance).isWaitingAt("report-contract");
        Filing signed = filings.get(filingId);
        Assertions.assertThat(signed.status()).isEqualTo(FilingStatus.SIGNED);
        Assertions.assertThat(signed.protectedUntil()).isEqualTo(EngineActions.NOW.plusDays(365));
        // Friday 2026-11-27 + 5 working days
        Assertions.assertThat(signed.contractReportDue()).isEqualTo("2026-12-04");
        Assertions.assertThat(actions.timer(instance, "protection-lapsed").getDuedate().toInstant())
                .isEqualTo(EngineActions.NOW.plusDays(365).toInstant());

        actions.complete(instance, "report-contract", "rep2", Map.of("contractName", "门禁系统采购合同",
                "contractDate", "2026-11-27", "contractAmount", 180000, "contractTerm", "12个月"));
        assertThat(instance).isWaitingAt("existing-customer-period-ended");
        Filing archived = filings.get(filingId);
        Assertions.assertThat(archived.status()).isEqualTo(FilingStatus.ARCHIVED);
        Assertions.assertThat(archived.outcome()).isEqualTo(FollowUpOutcome.SIGNED);
        Assertions.assertThat(archived.filer()).isEqualTo("rep1");

        actions.fire(instance, "existing-customer-period-ended");
        assertThat(instance).isEnded().hasPassed("release-customer");
        Assertions.assertThat(eventTypes(filingId)).contains(FilingEventType.FILED, FilingEventType.APPROVED,
                FilingEventType.FOLLOWER_ASSIGNED, FilingEventType.FOLLOWED_UP, FilingEventType.SIGNED,
                FilingEventType.CONTRACT_REPORTED, FilingEventType.ARCHIVED, FilingEventType.CUSTOMER_RELEASED);
    }

    @Test
    void rejectionWithoutCommentIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));

        Assertions.assertThatThrownBy(() -> actions.complete(instance, "approve-filing", "manager1", Map.of("approved", false)))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("approvalComment");
        assertThat(instance).isWaitingAt("approve-filing");
        Assertions.assertThat(filings.get(filingId(instance)).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    @Test
    void rejectedFilingIsRevisedResubmittedAndApproved() {
        ProcessInstance instance = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(instance, "approve-filing", "manager1",
                Map.of("approved", false, "approvalComment", "请补充详细门牌号"));
        assertThat(instance).isWaitingAt("revise-filing");
        Assertions.assertThat(task(instance, "revise-filing").getAssignee()).isEqualTo("rep1");
        Assertions.assertThat(filings.get(filingId(instance)).status()).isEqualTo(FilingStatus.REJECTED);

        Map<String, Object> revision = new HashMap<>(engine.getRuntimeService().getVariables(instance.getId()));
        revision.put("resubmit", true);
        revision.put("address", "重庆市渝北区金开大道88号3栋1201");
        actions.complete(instance, "revise-filing", "rep1", revision);

        assertThat(instance).isWaitingAt("approve-filing");
        Assertions.assertThat(engine.getRuntimeService().getVariable(instance.getId(), "approved")).isNull();
        Assertions.assertThat(display(instance).get("address")).isEqualTo("重庆市渝北区****");
        Assertions.assertThat(engine.getRuntimeService().getVariable(instance.getId(), "address")).as("the submitted field left the case").isNull();
        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", true));
        assertThat(instance).isWaitingAt("assign-follower");
        Assertions.assertThat(eventTypes(filingId(instance))).containsSubsequence(
                FilingEventType.REJECTED, FilingEventType.REVISED, FilingEventType.APPROVED);
    }

    @Test
    void aRevisionThatBringsTheVisitWithinADayOfFilingMarksTheFilingLate() {
        ProcessInstance instance = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        Assertions.assertThat(filings.get(filingId(instance)).late()).isFalse();
        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", false, "approvalComment", "拜访时间有误"));

        actions.complete(instance, "revise-filing", "rep1", Map.of("resubmit", true,
                "visitTime", EngineActions.NOW.plusHours(3).toString()));

        Assertions.assertThat(filings.get(filingId(instance)).late()).as("F2 holds for a visit time given in a revision").isTrue();
        Assertions.assertThat(eventTypes(filingId(instance))).containsSubsequence(FilingEventType.REVISED, FilingEventType.FILED_LATE);
        Assertions.assertThat(display(instance).get(FilingDisplay.LATE)).isEqualTo(true);
    }

    @Test
    void aRevisionOntoAnotherRepsCustomerIsRefusedNamingTheFieldThatMatched() {
        Map<String, Object> theirs = Filings.enterprise(EngineActions.nextCustomer());
        actions.file("rep2", theirs);
        ProcessInstance instance = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", false, "approvalComment", "请核实信用代码"));

        Assertions.assertThatThrownBy(() -> actions.complete(instance, "revise-filing", "rep1",
                        Map.of("resubmit", true, "creditCode", theirs.get("creditCode"))))
                .rootCause().isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        Assertions.assertThat(refused.errors()).extracting(e -> e.field()).containsExactly("creditCode"));
        assertThat(instance).isWaitingAt("revise-filing");
        Assertions.assertThat(filings.get(filingId(instance)).status()).isEqualTo(FilingStatus.REJECTED);
    }

    @Test
    void aRevisionOntoACustomerTheRepHoldsAlreadyIsRefusedNamingTheFieldThatMatched() {
        Map<String, Object> own = Filings.enterprise(EngineActions.nextCustomer());
        String ownFiling = filingId(actions.file("rep1", own));
        ProcessInstance instance = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", false, "approvalComment", "请核实信用代码"));

        Assertions.assertThatThrownBy(() -> actions.complete(instance, "revise-filing", "rep1",
                        Map.of("resubmit", true, "creditCode", own.get("creditCode"))))
                .rootCause().isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    Assertions.assertThat(refused.errors()).extracting(e -> e.field()).containsExactly("creditCode");
                    Assertions.assertThat(refused.errors().get(0).message()).contains(ownFiling);
                });
        assertThat(instance).isWaitingAt("revise-filing");
        Assertions.assertThat(filings.get(filingId(instance)).status()).isEqualTo(FilingStatus.REJECTED);
    }

    @Test
    void aFollowUpsExpectedAmountIsWhatTheFormsShowNextAndLeavesNoCopyInTheCase() {
        ProcessInstance instance = approvedAndFollowed(Filings.enterprise(EngineActions.nextCustomer()));

        actions.complete(instance, "follow-up", "rep1", followUp("CONTINUE"));

        Assertions.assertThat(filings.get(filingId(instance)).expectedAmount()).isEqualByComparingTo("200000");
        Assertions.assertThat(((Number) display(instance).get("expectedAmount")).intValue()).isEqualTo(200000);
        Assertions.assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .doesNotContainKeys("followUpNote", "unitPrice", "expectedSignDate");
    }

    @Test
    void aCaseStartedBeforeTheDisplayObjectGetsItFromItsFilingAtStart() {
        ProcessInstance instance = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        FilingDisplay registered = display(instance);
        engine.getRuntimeService().removeVariable(instance.getId(), FilingDisplay.VARIABLE);

        backfill.backfill();

        Assertions.assertThat(display(instance).values()).isEqualTo(registered.values());
    }

    @Test
    void rejectedFilingIsWithdrawnAndTheCustomerReleased() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance instance = actions.file("rep1", customer);
        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", false, "approvalComment", "客户信息不实"));
        actions.complete(instance, "revise-filing", "rep1", Map.of("resubmit", false));

        assertThat(instance).isEnded().hasPassed("withdraw-filing", "filing-withdrawn");
        Assertions.assertThat(filings.get(filingId(instance)).status()).isEqualTo(FilingStatus.WITHDRAWN);
        ProcessInstance again = actions.file("rep2", customer);
        Assertions.assertThat(filings.get(filingId(again)).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    @Test
    void largeDealNeedsSalesManagementApprovalToo() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        customer.put("expectedAmount", 1_500_000);
        ProcessInstance instance = actions.file("rep1", customer);
        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", true));

        assertThat(instance).isWaitingAt("second-approval");
        Assertions.assertThat(filings.get(filingId(instance)).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup("sales-management").count()).isEqualTo(1);
        actions.complete(instance, "second-approval", "salesmgmt1", Map.of("approved", true, "approvalComment", "复核通过"));
        assertThat(instance).isWaitingAt("assign-follower");
        Assertions.assertThat(eventTypes(filingId(instance)))
                .containsSubsequence(FilingEventType.APPROVED_FIRST_LEVEL, FilingEventType.APPROVED);
    }

    @Test
    void secondLevelRejectionGoesBackToTheRep() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        customer.put("expectedAmount", 2_000_000);
        ProcessInstance instance = actions.file("rep1", customer);
        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(instance, "second-approval", "salesmgmt1", Map.of("approved", false, "approvalComment", "金额存疑"));
        assertThat(instance).isWaitingAt("revise-filing");
    }

    @Test
    void protectionLapsesEvenWhileTheRepIsFollowingAndTheCustomerThenChooses() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance instance = approvedAndFollowed(customer);

        actions.fire(instance, "protection-lapsed");

        assertThat(instance).isEnded().hasPassed("lapse-filing", "filing-lapsed");
        Assertions.assertThat(filings.get(filingId(instance)).status()).isEqualTo(FilingStatus.LAPSED);
        ProcessInstance next = actions.file("rep2", customer);
        // the former rep was still following: the customer chooses (F8, see CollisionResolutionProcessTest)
        Assertions.assertThat(filings.get(filingId(next)).status()).isEqualTo(FilingStatus.IN_COLLISION);
        Assertions.assertThat(RecordedFilingEvents.of(jdbc, filingId(next))).filteredOn(e -> e.type() == FilingEventType.COLLISION_DETECTED)
                .singleElement().satisfies(e -> Assertions.assertThat(e.detail()).startsWith("formerOwnerFiling=" + filingId(instance)));
    }

    @Test
    void depositExtendsProtectionToNinetyDaysFromFilingAndMovesTheTimer() {
        ProcessInstance instance = approvedAndFollowed(Filings.enterprise(EngineActions.nextCustomer()));
        Assertions.assertThat(actions.timer(instance, "protection-lapsed").getDuedate().toInstant())
                .isEqualTo(EngineActions.NOW.plusDays(7).toInstant());

        EngineActions.setClock(EngineActions.NOW.plusDays(3));
        actions.complete(instance, "follow-up", "rep1", followUp("DEPOSIT"));

        OffsetDateTime expected = EngineActions.NOW.plusDays(90);
        assertThat(instance).isWaitingAt("follow-up");
        Assertions.assertThat(filings.get(filingId(instance)).protectedUntil()).isEqualTo(expected);
        Assertions.assertThat(actions.timer(instance, "protection-lapsed").getDuedate().toInstant()).isEqualTo(expected.toInstant());
        EngineActions.setClock(EngineActions.NOW.plusDays(30));
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("protection-lapsed").executable().count()).isZero();
    }

    @Test
    void contractNotReportedWithinFiveWorkingDaysIsFlaggedAndStillDue() {
        ProcessInstance instance = approvedAndFollowed(Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(instance, "follow-up", "rep1", followUp("SIGNED"));
        Assertions.assertThat(task(instance, "report-contract").getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-12-04T23:59:59+08:00").toInstant());

        actions.fire(instance, "contract-report-overdue");

        assertThat(instance).isWaitingAt("report-contract").hasPassed("flag-contract-report-overdue");
        Assertions.assertThat(eventTypes(filingId(instance))).contains(FilingEventType.CONTRACT_REPORT_OVERDUE);
    }

    @Test
    void lostCustomerIsArchivedAndReleased() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance instance = approvedAndFollowed(customer);
        actions.complete(instance, "follow-up", "rep1", followUp("LOST"));

        assertThat(instance).isEnded().hasPassed("archive-lost-filing", "filing-lost");
        Filing lost = filings.get(filingId(instance));
        Assertions.assertThat(lost.status()).isEqualTo(FilingStatus.ARCHIVED);
        Assertions.assertThat(lost.outcome()).isEqualTo(FollowUpOutcome.LOST);
        Assertions.assertThat(filings.get(filingId(actions.file("rep2", customer))).status())
                .isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    @Test
    void missedFirstContactIsRemindedThenEscalatedAndTheManagerReassigns() {
        ProcessInstance instance = approvedAndFollowed(Filings.enterprise(EngineActions.nextCustomer()));
        Assertions.assertThat(actions.timer(instance, "first-contact-due").getDuedate().toInstant())
                .isEqualTo(EngineActions.NOW.plus(Duration.ofHours(48)).toInstant());

        actions.fire(instance, "first-contact-due");
        assertThat(instance).hasPassed("remind-follower").isWaitingAt("follow-up", "escalation-due");
        actions.fire(instance, "escalation-due");
        assertThat(instance).isWaitingAt("follow-up", "handle-missed-contact");
        Assertions.assertThat(engine.getRuntimeService().getVariable(instance.getId(), "followerName"))
                .as("the manager's form names the follower").isEqualTo("王小明");

        actions.complete(instance, "handle-missed-contact", "manager1",
                Map.of("escalationNote", "改由李娜跟进", "newFollower", "rep2"));
        Assertions.assertThat(task(instance, "follow-up").getAssignee()).isEqualTo("rep2");
        Assertions.assertThat(filings.get(filingId(instance)).follower()).isEqualTo("rep2");
        Assertions.assertThat(eventTypes(filingId(instance))).contains(FilingEventType.FIRST_CONTACT_REMINDER,
                FilingEventType.FIRST_CONTACT_ESCALATED, FilingEventType.FOLLOWER_CHANGED);
    }

    @Test
    void firstContactAfterTheReminderEndsTheWatchWithoutEscalation() {
        ProcessInstance instance = approvedAndFollowed(Filings.enterprise(EngineActions.nextCustomer()));
        actions.fire(instance, "first-contact-due");
        assertThat(instance).hasPassed("remind-follower").isWaitingAt("follow-up", "escalation-due");

        actions.complete(instance, "follow-up", "rep1", followUp("CONTINUE"));
        actions.fire(instance, "escalation-due");

        assertThat(instance).hasPassed("contacted-after-reminder-end").hasNotPassed("escalate-missed-contact")
                .isWaitingAt("follow-up");
        Assertions.assertThat(task(instance, "handle-missed-contact")).isNull();
        Assertions.assertThat(task(instance, "follow-up").getAssignee()).isEqualTo("rep1");
        Assertions.assertThat(filings.get(filingId(instance)).follower()).isEqualTo("rep1");
        Assertions.assertThat(eventTypes(filingId(instance))).contains(FilingEventType.FIRST_CONTACT_REMINDER)
                .doesNotContain(FilingEventType.FIRST_CONTACT_ESCALATED, FilingEventType.FOLLOWER_CHANGED);
    }

    @Test
    void firstContactInTimeEndsTheWatch() {
        ProcessInstance instance = approvedAndFollowed(Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(instance, "follow-up", "rep1", followUp("CONTINUE"));
        actions.fire(instance, "first-contact-due");
        assertThat(instance).hasPassed("first-contact-in-time").hasNotPassed("remind-follower").isWaitingAt("follow-up");
    }

    @Test
    void lateFilingIsFlaggedAndTheManagerMayExcuseItWithAReason() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        customer.put("visitTime", "2026-11-27T15:00");
        ProcessInstance instance = actions.file("rep1", customer);
        Assertions.assertThat(display(instance).get("late")).isEqualTo(true);

        Assertions.assertThatThrownBy(() -> actions.complete(instance, "approve-filing", "manager1",
                Map.of("approved", true, "lateExcused", true))).hasMessageContaining("lateExcuseReason");
        actions.complete(instance, "approve-filing", "manager1",
                Map.of("approved", true, "lateExcused", true, "lateExcuseReason", "客户临时约见，已电话报备"));

        Filing filing = filings.get(filingId(instance));
        Assertions.assertThat(filing.late()).isTrue();
        Assertions.assertThat(filing.lateExcused()).isTrue();
    }

    @Test
    void filingACustomerSomeoneElseProtectsOpensACollisionAndWaitsForItsOutcome() {
        Map<String, Object> customer = Filings.individual();
        customer.put("contactPhone", "+86 137 " + EngineActions.nextCustomer() + " 0000");
        customer.remove("idNumber");
        ProcessInstance first = actions.file("rep1", customer);
        Map<String, Object> sameCustomer = new HashMap<>(customer);
        sameCustomer.put("contactPhone", ((String) customer.get("contactPhone")).replace("+86 ", "").replace(" ", "-"));

        ProcessInstance second = actions.file("rep2", sameCustomer);

        assertThat(second).isWaitingAt("await-collision-outcome").hasPassed("open-collision");
        Assertions.assertThat(engine.getRuntimeService().getVariable(second.getId(), "collisionId")).isNotNull();
        Assertions.assertThat(filings.get(filingId(second)).status()).isEqualTo(FilingStatus.IN_COLLISION);
        Assertions.assertThat(RecordedFilingEvents.of(jdbc, filingId(second))).filteredOn(e -> e.type() == FilingEventType.COLLISION_DETECTED)
                .singleElement().satisfies(e -> Assertions.assertThat(e.detail()).contains("protectedBy=" + filingId(first)));
        Assertions.assertThat(engine.getRuntimeService().getVariables(second.getId())).as("the collision branch holds ids")
                .containsOnlyKeys("filer", "filingId", "filingStatus", "filing", "collisionId");
        Assertions.assertThat(eventTypes(filingId(second))).contains(FilingEventType.COLLISION_DETECTED);
    }

    @Test
    void customerDataHandedToTheEngineIsReplacedByMaskedValues() {
        Map<String, Object> customer = Filings.individual();
        customer.put("contactPhone", "138 1234 " + String.format("%04d", EngineActions.nextCustomer()));
        customer.remove("idNumber");
        ProcessInstance instance = actions.file("rep1", customer);

        Map<String, Object> variables = engine.getRuntimeService().getVariables(instance.getId());
        Assertions.assertThat(variables).as("ids, status, what gateways and timers need, one display object")
                .containsOnlyKeys("filer", "filingId", "filingStatus", "filing", "deadlines", "protectedUntil",
                        "protectionWarningAt", "secondApprovalRequired");
        Assertions.assertThat(variables.get("filer")).isEqualTo("rep1");
        FilingDisplay shown = display(instance);
        Assertions.assertThat((String) shown.get("contactPhone")).matches("138\\*{4}\\d{4}");
        Assertions.assertThat(shown.get("customerName")).isEqualTo("欧***");
        Assertions.assertThat(shown.get("filerName")).as("forms show the name, not the user id").isEqualTo("王小明");
        Assertions.assertThat((String) shown.get("visitTime")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        Assertions.assertThat((String) shown.get("protectedUntil")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    }

    private ProcessInstance approvedAndFollowed(Map<String, Object> customer) {
        ProcessInstance instance = actions.file("rep1", customer);
        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(instance, "assign-follower", "manager1", Map.of("follower", "rep1"));
        return instance;
    }

    private static Map<String, Object> followUp(String outcome) {
        return Map.of("followUpNote", "电话联系客户，约定下周到店", "expectedAmount", 200000, "unitPrice", 1000,
                "expectedSignDate", "2026-12-20", "outcome", outcome);
    }

    private org.camunda.bpm.engine.task.Task task(ProcessInstance instance, String key) {
        return actions.task(instance, key);
    }

    private String filingId(ProcessInstance instance) {
        return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("filingId").singleResult().getValue();
    }

    private FilingDisplay display(ProcessInstance instance) {
        return FilingDisplay.parse(String.valueOf(engine.getRuntimeService().getVariable(instance.getId(), FilingDisplay.VARIABLE)));
    }

    private java.util.List<FilingEventType> eventTypes(String filingId) {
        return RecordedFilingEvents.of(jdbc, filingId).stream().map(e -> e.type()).toList();
    }
}
