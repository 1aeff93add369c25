package io.baobei.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.baobei.support.AppTest;

/**
 * Replaying a candidate against the last real evaluations of its table. The tests evaluate the deployed
 * tables themselves (decision history at level FULL), at engine times later than any other test uses, so
 * their evaluations are the newest in the shared database.
 */
@AppTest
class RuleReplayTest {

    private static final AtomicInteger LATER = new AtomicInteger();

    @Autowired
    DecisionService decisionService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TestRestTemplate http;

    RulesClient rules;

    @BeforeEach
    void client() {
        rules = new RulesClient(http);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCandidateChangingOneRowShowsTheOldAndNewOutcomeOfEachPastCase() throws IOException {
        for (String stage : List.of("INQUIRY", "DEPOSIT", "SIGNED", "INQUIRY")) {
            evaluateLater("protection-period", Variables.putValue("customerStage", stage));
        }
        String tenDays = shipped("protection-period").replaceFirst("<text>7</text>", "<text>10</text>");

        Map<String, Object> report = rules.replay("analyst1", "protection-period", tenDays, 4).getBody();

        assertThat(report).containsEntry("decisionKey", "protection-period").containsEntry("total", 4)
                .containsEntry("changed", 2).containsEntry("unchanged", 2).containsEntry("failed", 0);
        List<Map<String, Object>> cases = cases(report);
        assertThat(cases).extracting(c -> input(c, 0)).containsExactly("INQUIRY", "SIGNED", "DEPOSIT", "INQUIRY");
        assertThat(cases).extracting(c -> output(c, "oldOutput", "protectionDays")).containsExactly(7, 365, 90, 7);
        assertThat(cases).extracting(c -> output(c, "newOutput", "protectionDays")).containsExactly(10, 365, 90, 10);
        assertThat(cases).extracting(c -> c.get("changed")).containsExactly(true, false, false, true);
        assertThat(cases.get(0)).containsKeys("historicDecisionInstanceId", "evaluatedAt", "version");
    }

    @Test
    void aColumnComputedFromSeveralVariablesIsReplayedFromItsRecordedValue() throws IOException {
        // history keeps the score difference, not the two scores: the candidate must still see the difference
        evaluateLater("ownership-arbitration", arbitration(90, 20));
        evaluateLater("ownership-arbitration", arbitration(20, 90));
        String arbitration = shipped("ownership-arbitration");

        Map<String, Object> unchanged = rules.replay("analyst1", "ownership-arbitration", arbitration, 2).getBody();

        assertThat(unchanged).containsEntry("total", 2).containsEntry("changed", 0).containsEntry("failed", 0);
        assertThat(cases(unchanged)).extracting(c -> output(c, "newOutput", "recommendedOwner"))
                .containsExactly("SECOND", "FIRST");

        String rewritten = arbitration.replace("<text>secondFollowUpScore - firstFollowUpScore</text>",
                "<text>(secondFollowUpScore - firstFollowUpScore) * 1</text>");
        Map<String, Object> unknowable = rules.replay("analyst1", "ownership-arbitration", rewritten, 2).getBody();
        assertThat(unknowable).containsEntry("failed", 2).containsEntry("changed", 0);
        assertThat(cases(unknowable).get(0).get("error")).asString()
                .isEqualTo("历史记录中没有 firstFollowUpScore、secondFollowUpScore 的值，无法重放此案例");
    }

    @Test
    void theDefaultIsTheLastFiftyEvaluations() throws IOException {
        evaluateLater("filing-deadlines", Variables.putValue("customerType", "ENTERPRISE"));
        long evaluations = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("filing-deadlines").count();

        Map<String, Object> report = rules.replay("analyst1", "filing-deadlines", shipped("filing-deadlines"), null).getBody();

        assertThat(report).containsEntry("limit", 50).containsEntry("total", (int) Math.min(50, evaluations))
                .containsEntry("changed", 0);
    }

    @Test
    void anInvalidCandidateOrLimitIsRefusedNamingTheProblem() throws IOException {
        String wrongKey = shipped("protection-period").replace("id=\"protection-period\"", "id=\"protection\"");
        ResponseEntity<Map<String, Object>> refused = rules.replay("analyst1", "protection-period", wrongKey, 5);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").toString()).contains("field=decision").contains("protection-period");

        ResponseEntity<Map<String, Object>> badLimit = rules.replay("analyst1", "protection-period", shipped("protection-period"), 0);
        assertThat(badLimit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badLimit.getBody().get("errors").toString()).contains("field=limit");
    }

    @Test
    void onlyAnalystsAndAdministratorsMayReplay() throws IOException {
        assertThat(rules.replay("rep1", "protection-period", shipped("protection-period"), 5).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rules.replay("admin", "protection-period", shipped("protection-period"), 5).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private void evaluateLater(String key, VariableMap variables) {
        // later than any clock another test sets, and in the order of the calls
        OffsetDateTime at = OffsetDateTime.parse("2099-01-01T00:00:00+08:00").plusMinutes(LATER.incrementAndGet());
        ClockUtil.setCurrentTime(Date.from(at.toInstant()));
        decisionService.evaluateDecisionTableByKey(key, variables);
    }

    private static VariableMap arbitration(int firstScore, int secondScore) {
        // the first filing is not valid, so the follow-up decides
        return Variables.putValue("firstFiled", true).putValue("secondFiled", true).putValue("filingGapHours", 2.0)
                .putValue("firstValid", false).putValue("secondValid", false).putValue("helpRegistered", false)
                .putValue("firstContactsBeforeSecond", 1).putValue("secondContactsBeforeSecond", 0)
                .putValue("firstCompleteness", 80).putValue("secondCompleteness", 80)
                .putValue("firstFollowUpScore", firstScore).putValue("secondFollowUpScore", secondScore);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cases(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("cases");
    }

    @SuppressWarnings("unchecked")
    private static Object input(Map<String, Object> replayed, int column) {
        return ((List<Map<String, Object>>) replayed.get("inputs")).get(column).get("value");
    }

    @SuppressWarnings("unchecked")
    private static Object output(Map<String, Object> replayed, String which, String name) {
        return ((List<Map<String, Object>>) replayed.get(which)).get(0).get(name);
    }

    private static String shipped(String key) throws IOException {
        return Files.readString(Path.of("dmn", key + ".dmn"));
    }
}
