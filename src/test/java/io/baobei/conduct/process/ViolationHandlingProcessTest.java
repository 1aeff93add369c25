package io.baobei.conduct.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductLedger;
import io.baobei.conduct.SuspensionService;
import io.baobei.filing.FilingRefusedException;
import io.baobei.platform.security.Groups;
import io.baobei.platform.validation.InvalidInputException;
import io.baobei.support.EngineActions;
import io.baobei.support.FailingRuleTable;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/** Rules X1, X7, X8: violations from the flows and by hand, the catalogue's ladder, HR's confirmation, real effects. */
@ProcessTest
class ViolationHandlingProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ConductLedger ledger;
    @Autowired
    SuspensionService suspensions;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    EngineActions actions;
    String rep;

    @BeforeEach
    void setUp() {
        rep = "penalty" + EngineActions.nextCustomer();
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser(rep);
        user.setLastName("测");
        user.setFirstName("试");
        identity.saveUser(user);
        identity.createMembership(rep, Groups.SALES);
        identity.createMembership(rep, Groups.ofRegion("east"));
    }

    @Test
    void falseFilingsClimbTheLadderFiftyThenAHundredThenDismissal() {
        ConductEntry first = confirmFalseFiling();
        Assertions.assertThat(first.action()).isEqualTo("FINE");
        Assertions.assertThat(first.fineYuan()).isEqualTo(50);
        Assertions.assertThat(first.decidedBy()).isEqualTo("hr1");
        Assertions.assertThat(notificationsOf(rep)).anyMatch(subject -> subject.contains("处罚通知"));
        Assertions.assertThat(notificationsOf("finance1")).anyMatch(subject -> subject.contains("罚款通知"));

        ConductEntry second = confirmFalseFiling();
        Assertions.assertThat(second.priorCount()).isEqualTo(1);
        Assertions.assertThat(second.fineYuan()).isEqualTo(100);

        ProcessInstance third = markFalse();
        actions.complete(third, "confirm-penalty", "hr1", Map.of("confirmed", true));
        assertThat(third).isWaitingAt("process-dismissal");
        Assertions.assertThat(suspensions.active(rep)).isPresent();
        Assertions.assertThatThrownBy(() -> actions.file(rep, Filings.enterprise(EngineActions.nextCustomer())))
                .isInstanceOf(FilingRefusedException.class).hasMessageContaining("暂停");
        Assertions.assertThatThrownBy(() -> actions.complete(third, "process-dismissal", "hr1", Map.of()))
                .hasRootCauseInstanceOf(InvalidInputException.class);
        actions.complete(third, "process-dismissal", "hr1", Map.of("dismissalNote", "已面谈并办理离职交接"));
        assertThat(third).isEnded().hasPassed("dismissal-processed");
        Assertions.assertThat(entries().get(2).action()).isEqualTo("DISMISSAL");
    }

    @Test
    void hrMayDismissAViolationWithAReasonOnly() {
        ProcessInstance handling = markFalse();

        Assertions.assertThatThrownBy(() -> actions.complete(handling, "confirm-penalty", "hr1", Map.of("confirmed", false)))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("hrComment");
        actions.complete(handling, "confirm-penalty", "hr1", Map.of("confirmed", false, "hrComment", "核实后客户信息属实"));

        assertThat(handling).isEnded().hasPassed("penalty-dismissed");
        Assertions.assertThat(entries()).singleElement().extracting(ConductEntry::status).isEqualTo(ConductEntry.DISMISSED);
        Assertions.assertThat(notificationsOf(rep)).noneMatch(subject -> subject.contains("处罚通知"));
    }

    @Test
    void aSuspendedRepCannotFileUntilHrLiftsIt() {
        reportByHand("SALES_VIOLATION", "违规私下收取客户费用");
        ProcessInstance second = reportByHand("SALES_VIOLATION", "再次违反销售纪律");
        Assertions.assertThat(engine.getRuntimeService().getVariable(second.getId(), "proposedAction")).isEqualTo("SUSPEND");
        actions.complete(second, "confirm-penalty", "hr1", Map.of("confirmed", true));

        Assertions.assertThatThrownBy(() -> actions.file(rep, Filings.enterprise(EngineActions.nextCustomer())))
                .isInstanceOf(FilingRefusedException.class);
        Assertions.assertThat(notificationsOf(rep)).anyMatch(subject -> subject.contains("报备权限已暂停"));

        suspensions.lift(rep, "hr1");
        ProcessInstance allowed = actions.file(rep, Filings.enterprise(EngineActions.nextCustomer()));
        assertThat(allowed).isWaitingAt("approve-filing");
    }

    @Test
    void hrReportsAViolationFromTheTasklistStartForm() {
        String filingId = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer())).getBusinessKey();
        Map<String, Object> form = new HashMap<>(Map.of("person", rep, "violation", "TAMPERING", "evidenceType", "FILING",
                "evidenceId", filingId, "detail", "擅自修改同事报备的联系电话"));

        ProcessInstance handling = actions.as("hr1", () -> engine.getFormService()
                .submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey("violation-handling").latestVersion().singleResult().getId(), form));

        assertThat(handling).isWaitingAt("confirm-penalty").hasPassed("register-reported-violation");
        Assertions.assertThat(handling.getBusinessKey()).startsWith("V");
        Assertions.assertThat(engine.getRuntimeService().getVariables(handling.getId()))
                .containsEntry("proposedAction", "FINE").containsEntry("proposedFineYuan", 200)
                .containsEntry("proposedPublicNotice", true);
        form.put("person", "nobody");
        Assertions.assertThatThrownBy(() -> actions.as("hr1", () -> engine.getFormService().submitStartForm(
                        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("violation-handling")
                                .latestVersion().singleResult().getId(), form)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("person");
    }

    @Test
    void aContractNotReportedInTimeIsASalesViolationOfTheFollower() {
        ProcessInstance filing = signedFilingAwaitingItsContract();

        actions.fire(filing, "contract-report-overdue");
        actions.startedCase("violation-handling", "V" + entries().get(0).id());

        Assertions.assertThat(entries()).singleElement().satisfies(e -> {
            Assertions.assertThat(e.code()).isEqualTo("SALES_VIOLATION");
            Assertions.assertThat(e.evidenceId()).isEqualTo(filing.getBusinessKey());
            Assertions.assertThat(e.status()).isEqualTo(ConductEntry.PROPOSED);
        });
        Assertions.assertThat(notificationsOf(rep)).anyMatch(subject -> subject.contains("合同报告逾期"));
    }

    /** A case started by another flow runs in its own transaction: its failure never undoes the flow that recorded the violation. */
    @Test
    void aFailingPenaltyTableLeavesTheFilingsTimerDoneAndTheCaseAnIncidentUntilRetried() {
        ProcessInstance filing = signedFilingAwaitingItsContract();
        ProcessInstance handling;
        Job failed;

        try (FailingRuleTable broken = FailingRuleTable.deploy(engine, "penalty-catalog")) {
            actions.fire(filing, "contract-report-overdue");

            // the filing's timer job committed: the violation is on the ledger, the rep told, the timer gone
            assertThat(filing).hasPassed("contract-report-overdue", "flag-contract-report-overdue").isWaitingAt("report-contract");
            Assertions.assertThat(actions.timer(filing, "contract-report-overdue")).isNull();
            ConductEntry entry = ledger.of(rep).get(0);
            Assertions.assertThat(entry.code()).isEqualTo("SALES_VIOLATION");
            Assertions.assertThat(notificationsOf(rep)).anyMatch(subject -> subject.contains("合同报告逾期"));
            handling = actions.instanceByBusinessKey("violation-handling", "V" + entry.id());
            assertThat(handling).isWaitingAt("violation-recorded");

            failed = actions.failJob(handling);
            Assertions.assertThat(failed.getRetries()).as("R3/PT5M: three attempts").isEqualTo(2);
            Assertions.assertThat(failed.getDuedate()).as("the next attempt five minutes on")
                    .isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofMinutes(5).toMillis()));
            engine.getManagementService().setJobRetries(failed.getId(), 1);
            Assertions.assertThat(actions.failJob(handling).getRetries()).isZero();

            Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(handling.getId()).singleResult();
            Assertions.assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
            Assertions.assertThat(incident.getActivityId()).isEqualTo("violation-recorded");
            Assertions.assertThat(incident.getConfiguration()).isEqualTo(failed.getId());
            assertThat(filing).isWaitingAt("report-contract");
            Assertions.assertThat(ledger.of(rep)).singleElement().extracting(ConductEntry::action).isNull();
        }

        // the table repaired, the operator gives the job a retry (Cockpit: "Increment Number of Retries")
        engine.getManagementService().setJobRetries(failed.getId(), 1);
        actions.executeWhenDue(handling, failed.getId());
        assertThat(handling).isWaitingAt("confirm-penalty");
        Assertions.assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(handling.getId()).count()).isZero();
        Assertions.assertThat(ledger.of(rep)).singleElement().satisfies(e -> {
            Assertions.assertThat(e.status()).isEqualTo(ConductEntry.PROPOSED);
            Assertions.assertThat(e.action()).isNotNull();
        });
    }

    /** The rep files, follows and signs a customer; the contract report is due. */
    private ProcessInstance signedFilingAwaitingItsContract() {
        ProcessInstance filing = actions.file(rep, Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", rep));
        actions.complete(filing, "follow-up", rep, Map.of("followUpNote", "客户签约", "outcome", "SIGNED"));
        return filing;
    }

    private ConductEntry confirmFalseFiling() {
        ProcessInstance handling = markFalse();
        actions.complete(handling, "confirm-penalty", "hr1", Map.of("confirmed", true));
        assertThat(handling).isEnded().hasPassed("apply-penalty", "penalty-applied");
        List<ConductEntry> all = entries();
        return all.get(all.size() - 1);
    }

    /** The manager finds the rep's filing false while approving it; a violation-handling case starts. */
    private ProcessInstance markFalse() {
        ProcessInstance filing = actions.file(rep, Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(filing, "approve-filing", "manager1",
                Map.of("approved", false, "falseFiling", true, "approvalComment", "电话核实客户从未联系"));
        ConductEntry entry = entries().get(entries().size() - 1);
        Assertions.assertThat(entry.code()).isEqualTo("FALSE_FILING");
        return actions.startedCase("violation-handling", "V" + entry.id());
    }

    private ProcessInstance reportByHand(String violation, String detail) {
        String filingId = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer())).getBusinessKey();
        ledger.report(rep, ConductEntry.VIOLATION, violation, "FILING", filingId, detail, "hr1");
        ConductEntry entry = entries().get(entries().size() - 1);
        ProcessInstance handling = actions.startedCase("violation-handling", "V" + entry.id());
        if (!"SUSPEND".equals(engine.getRuntimeService().getVariable(handling.getId(), "proposedAction"))) {
            actions.complete(handling, "confirm-penalty", "hr1", Map.of("confirmed", true));
        }
        return handling;
    }

    private List<ConductEntry> entries() {
        return ledger.of(rep);
    }

    private List<String> notificationsOf(String user) {
        return jdbc.sql("select subject from notification where recipient = :r").param("r", user).query(String.class).list();
    }
}
