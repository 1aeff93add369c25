package io.baobei.conduct.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductLedger;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.FailingRuleTable;
import io.baobei.support.Filings;

/**
 * A {@code violation-handling} case started by another flow runs in its own transaction: a failing penalty table
 * becomes an incident of the case after its retries, and never undoes the flow that recorded the violation.
 */
@AppTest
class ViolationCaseOwnTransactionTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ConductLedger ledger;
    @Autowired
    JdbcClient jdbc;

    EngineActions actions;
    String rep;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        actions = new EngineActions(engine);
        EngineActions.setClock(EngineActions.NOW);
        rep = actions.newRep("overdue", "钱", "七");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aFailingPenaltyTableLeavesTheFilingsTimerDoneAndTheCaseAnIncidentUntilRetried() {
        ProcessInstance filing = actions.file(rep, Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", rep));
        actions.complete(filing, "follow-up", rep, Map.of("followUpNote", "客户签约", "outcome", "SIGNED"));
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

    private List<String> notificationsOf(String user) {
        return jdbc.sql("select subject from notification where recipient = :r").param("r", user).query(String.class).list();
    }
}
