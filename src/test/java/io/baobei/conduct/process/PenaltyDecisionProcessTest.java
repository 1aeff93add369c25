package io.baobei.conduct.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductLedger;
import io.baobei.platform.security.DemoUsers;
import io.baobei.platform.validation.InvalidInputException;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/**
 * Rules X5b (a data leak is one incident fined per customer; the ladder counts incidents), X10 (order snatching,
 * reported by a manager) and X12 (HR may confirm a lighter penalty with a reason; the reporter is told).
 */
@ProcessTest
class PenaltyDecisionProcessTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    ProcessEngine engine;
    @Autowired
    ConductLedger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    @Autowired
    EngineActions actions;
    String rep;

    @BeforeEach
    void setUp() {
        rep = actions.newRep("conduct", "赵", "六");
    }

    @Test
    void aDataLeakOfThreeCustomersIsOneIncidentFinedFifteenHundredAndTheLadderClimbsOnce() {
        ResponseEntity<Map<String, Object>> reported = report("manager1", "DATA_LEAK", 3, "把 3 户客户的电话发给了竞争对手");
        Assertions.assertThat(reported.getStatusCode().value()).as(String.valueOf(reported.getBody())).isEqualTo(201);

        List<ConductEntry> entries = ledger.of(rep);
        Assertions.assertThat(entries).as("one incident, one entry").singleElement().satisfies(e -> {
            Assertions.assertThat(e.code()).isEqualTo("DATA_LEAK");
            Assertions.assertThat(e.customerCount()).isEqualTo(3);
            Assertions.assertThat(e.priorCount()).isZero();
            Assertions.assertThat(e.action()).isEqualTo("FINE");
            Assertions.assertThat(e.fineYuan()).isEqualTo(1500);
        });
        ProcessInstance first = caseOf(entries.get(0));
        Assertions.assertThat(engine.getRuntimeService().getVariables(first.getId()))
                .containsEntry("customerCount", 3).containsEntry("proposedFineYuan", 1500);
        actions.complete(first, "confirm-penalty", "hr1", Map.of("confirmed", true));
        Assertions.assertThat(jdbc.sql("select body from notification where recipient = 'finance1' and subject like '罚款通知%'")
                .query(String.class).list()).anyMatch(body -> body.contains(rep) && body.contains("1500 元"));

        report("manager1", "DATA_LEAK", 2, "又泄露了 2 户");
        ConductEntry second = ledger.of(rep).get(1);
        Assertions.assertThat(second.priorCount()).as("the ladder counts incidents, not customers").isEqualTo(1);
        Assertions.assertThat(second.action()).isEqualTo("DEMERIT");
        Assertions.assertThat(second.fineYuan()).isEqualTo(1000);

        Assertions.assertThat(report("manager1", "DATA_LEAK", 0, "户数无效").getStatusCode().value()).isEqualTo(400);
        Assertions.assertThat(ledger.of(rep)).hasSize(2);
    }

    @Test
    void hrConfirmsALighterPenaltyWithAReasonAndTheReportingManagerIsTold() {
        ProcessInstance filing = actions.file(rep, Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(filing, "approve-filing", "manager1",
                Map.of("approved", false, "falseFiling", true, "approvalComment", "客户电话为空号"));
        ConductEntry proposed = ledger.of(rep).get(0);
        ProcessInstance handling = caseOf(proposed);
        Assertions.assertThat(engine.getRuntimeService().getVariables(handling.getId()))
                .containsEntry("decidedAction", "FINE").containsEntry("decidedFineYuan", 50);

        Map<String, Object> lighter = new HashMap<>(Map.of("confirmed", true, "decidedAction", "WARNING", "decidedFineYuan", 0));
        Assertions.assertThatThrownBy(() -> actions.complete(handling, "confirm-penalty", "hr1", lighter))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("hrComment");
        Assertions.assertThatThrownBy(() -> actions.complete(handling, "confirm-penalty", "hr1",
                        Map.of("confirmed", true, "decidedAction", "DISMISSAL", "hrComment", "从重")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("decidedAction");
        Assertions.assertThatThrownBy(() -> actions.complete(handling, "confirm-penalty", "hr1",
                        Map.of("confirmed", true, "decidedFineYuan", 80, "hrComment", "从重")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("decidedFineYuan");
        assertThat(handling).isWaitingAt("confirm-penalty");
        Assertions.assertThat(ledger.of(rep).get(0).status()).isEqualTo(ConductEntry.PROPOSED);

        lighter.put("hrComment", "初犯，且主动说明情况，视情节给予警告");
        actions.complete(handling, "confirm-penalty", "hr1", lighter);

        assertThat(handling).isEnded().hasPassed("apply-penalty");
        ConductEntry decided = ledger.of(rep).get(0);
        Assertions.assertThat(decided.status()).isEqualTo(ConductEntry.CONFIRMED);
        Assertions.assertThat(decided.action()).isEqualTo("WARNING");
        Assertions.assertThat(decided.fineYuan()).isZero();
        Assertions.assertThat(decided.proposedAction()).isEqualTo("FINE");
        Assertions.assertThat(decided.proposedFineYuan()).isEqualTo(50);
        Assertions.assertThat(decided.decisionComment()).contains("初犯");
        List<String> toManager = jdbc.sql("select body from notification where recipient = 'manager1' and subject like '违规处理结果%'")
                .query(String.class).list();
        Assertions.assertThat(toManager).anySatisfy(body -> Assertions.assertThat(body)
                .contains("虚假报备", "警告", "处罚目录建议：罚款，罚款 50 元", "初犯").doesNotContainPattern("[A-Z_]{4,}"));
        Assertions.assertThat(jdbc.sql("select body from notification where recipient = 'finance1' and body like :p")
                .param("p", "%" + rep + "%").query(String.class).list()).as("no fine for finance").isEmpty();
    }

    @Test
    void hrNotConfirmingTellsTheReporterToo() {
        report("manager1", "ORDER_SNATCHING", null, "在同事保护期内向客户报价");
        ConductEntry entry = ledger.of(rep).get(0);
        Assertions.assertThat(entry.action()).isEqualTo("CRITICISM");
        Assertions.assertThat(entry.publicNotice()).isTrue();
        ProcessInstance handling = caseOf(entry);
        Assertions.assertThat(engine.getRuntimeService().getVariable(handling.getId(), "violationLabel")).isEqualTo("抢单");

        actions.complete(handling, "confirm-penalty", "hr1", Map.of("confirmed", false, "hrComment", "客户系本人老客户，不属抢单"));

        Assertions.assertThat(jdbc.sql("select body from notification where recipient = 'manager1' and subject like '违规处理结果%'")
                .query(String.class).list()).anySatisfy(body -> Assertions.assertThat(body)
                .contains("抢单", "不予处罚", "不属抢单"));
    }

    @Test
    void onlyTheFilingsManagerOrHrReportsOrderSnatching() {
        Assertions.assertThat(report("manager2", "ORDER_SNATCHING", null, "抢单").getStatusCode().value()).isEqualTo(403);
        Assertions.assertThat(report("rep1", "ORDER_SNATCHING", null, "抢单").getStatusCode().value()).isEqualTo(403);
        Assertions.assertThat(ledger.of(rep)).isEmpty();
    }

    private ProcessInstance caseOf(ConductEntry entry) {
        ProcessInstance handling = actions.startedCase("violation-handling", "V" + entry.id());
        assertThat(handling).isWaitingAt("confirm-penalty");
        return handling;
    }

    private ResponseEntity<Map<String, Object>> report(String reporter, String violation, Integer customerCount, String detail) {
        // the reported person filed the cited filing: a manager reports only people tied to it
        String filingId = actions.file(rep, Filings.enterprise(EngineActions.nextCustomer())).getBusinessKey();
        Map<String, Object> body = new HashMap<>(Map.of("person", rep, "violation", violation, "filingId", filingId,
                "detail", detail));
        if (customerCount != null) {
            body.put("customerCount", customerCount);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth(reporter, DemoUsers.PASSWORD)
                .exchange("/api/conduct/violations", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
        if (response.getStatusCode().value() == 201) {
            List<ConductEntry> entries = ledger.of(rep);
            actions.startedCase("violation-handling", "V" + entries.get(entries.size() - 1).id());
        }
        return response;
    }
}
