package io.baobei.filing.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductLedger;
import io.baobei.filing.FilingEventType;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.filing.RecordedFilingEvents;
import io.baobei.platform.validation.InvalidInputException;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/**
 * Rule F9b: the contract report is due within the {@code filing-deadlines} working days of the contract's own date;
 * a contract dated before its filing or in the future is refused, a report already past its deadline is late at
 * once, and the return visit is never scheduled in the past.
 */
@ProcessTest
class ContractDeadlineProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilingQueryService filings;
    @Autowired
    ConductLedger ledger;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    EngineActions actions;

    @Test
    void aContractDatedBeforeItsFilingOrInTheFutureIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance filing = signedFiling("rep2");
        Assertions.assertThat(engine.getRuntimeService().getVariable(filing.getId(), "contractReportWorkingDays"))
                .as("from the filing-deadlines table").isEqualTo(5);

        Assertions.assertThatThrownBy(() -> report(filing, "2026-11-20"))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .rootCause().hasMessageContaining("contractDate").hasMessageContaining("2026-11-27");
        Assertions.assertThatThrownBy(() -> report(filing, "2026-11-28"))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("contractDate");

        assertThat(filing).isWaitingAt("report-contract");
        Assertions.assertThat(filings.get(filing.getBusinessKey()).contractDate()).isNull();
        Assertions.assertThat(filings.get(filing.getBusinessKey()).status()).isEqualTo(FilingStatus.SIGNED);
    }

    @Test
    void theDeadlineRunsFromTheContractDateAndALateReportIsFlaggedAtOnce() {
        String follower = "rep2";
        ProcessInstance filing = approvedAndFollowed(follower);
        // ticked SIGNED on Thursday 2026-12-10, for a contract signed on Monday 2026-11-30
        EngineActions.setClock(OffsetDateTime.parse("2026-12-10T09:00:00+08:00"));
        actions.complete(filing, "follow-up", follower, Map.of("followUpNote", "客户已签约", "outcome", "SIGNED"));
        int violationsBefore = violations(follower);

        report(filing, "2026-11-30");

        assertThat(filing).hasPassed("report-contract", "archive-filing").hasNotPassed("flag-contract-report-overdue");
        String filingId = filing.getBusinessKey();
        Assertions.assertThat(filings.get(filingId).contractReportDue()).as("5 working days after 2026-11-30")
                .isEqualTo(LocalDate.parse("2026-12-07"));
        Assertions.assertThat(filings.get(filingId).status()).isEqualTo(FilingStatus.ARCHIVED);
        Assertions.assertThat(RecordedFilingEvents.of(jdbc, filingId)).anyMatch(e -> e.type() == FilingEventType.CONTRACT_REPORT_OVERDUE);
        Assertions.assertThat(violations(follower)).isEqualTo(violationsBefore + 1);
        Assertions.assertThat(ledger.of(follower)).anySatisfy(e -> {
            Assertions.assertThat(e.code()).isEqualTo("SALES_VIOLATION");
            Assertions.assertThat(e.evidenceId()).isEqualTo(filingId);
            Assertions.assertThat(e.detail()).contains("5 个工作日", "2026-12-07");
        });
        Assertions.assertThat(jdbc.sql("select body from notification where recipient = :r and subject like '合同报告逾期%'")
                .param("r", follower).query(String.class).list()).anyMatch(body -> body.contains(filingId));
    }

    @Test
    void aReportInTimeForItsContractDateIsNotLate() {
        ProcessInstance filing = signedFiling("rep2");
        EngineActions.setClock(OffsetDateTime.parse("2026-12-04T18:00:00+08:00"));

        report(filing, "2026-11-27");

        assertThat(filing).hasPassed("archive-filing");
        Assertions.assertThat(RecordedFilingEvents.of(jdbc, filing.getBusinessKey())).noneMatch(e -> e.type() == FilingEventType.CONTRACT_REPORT_OVERDUE);
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(filing.getId())
                .variableName("contractReportOverdue").singleResult().getValue()).isEqualTo(false);
    }

    @Test
    void theReturnVisitOfALateReportIsNeverScheduledInThePast() {
        ProcessInstance filing = signedFiling("rep2");
        OffsetDateTime reportedAt = OffsetDateTime.parse("2027-01-06T15:00:00+08:00");
        EngineActions.setClock(reportedAt);

        report(filing, "2026-11-27");
        actions.executeJobs(actions.instanceByBusinessKey("return-visit", filing.getBusinessKey()));

        OffsetDateTime due = jdbc.sql("select due_at from return_visit where filing_id = :f").param("f", filing.getBusinessKey())
                .query(OffsetDateTime.class).single();
        Assertions.assertThat(due).as("2026-11-27 + 30 days is past: the next visit time instead").isAfter(reportedAt);
        Assertions.assertThat(due.toInstant()).isBefore(reportedAt.plusDays(1).plusHours(1).toInstant());
    }

    private ProcessInstance signedFiling(String follower) {
        ProcessInstance filing = approvedAndFollowed(follower);
        actions.complete(filing, "follow-up", follower, Map.of("followUpNote", "客户已签约", "outcome", "SIGNED"));
        assertThat(filing).isWaitingAt("report-contract");
        return filing;
    }

    private ProcessInstance approvedAndFollowed(String follower) {
        ProcessInstance filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", follower));
        Assertions.assertThat(engine.getRuntimeService().getVariable(filing.getId(), "contractReportWorkingDays")).isEqualTo(5);
        return filing;
    }

    private void report(ProcessInstance filing, String contractDate) {
        actions.complete(filing, "report-contract", "rep2", Map.of("contractName", "门禁系统采购合同",
                "contractDate", contractDate, "contractAmount", 180000, "contractTerm", "12个月"));
    }

    private int violations(String person) {
        return (int) ledger.of(person).stream().filter(e -> ConductEntry.VIOLATION.equals(e.kind())).count();
    }
}
