package io.baobei.collision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * dmn/ownership-arbitration.dmn (rules C6–C8, C6b): the policy's order of evidence, row by row with the values
 * the app computes, and on a grid around every threshold (nulls included) against the policy written out
 * independently of the table.
 */
class OwnershipArbitrationTableTest {

    static final Path FILE = Path.of("dmn", "ownership-arbitration.dmn");

    /** A colleague's filing 3 seconds later, in hours, as CollisionEvidence computes it. */
    static final double THREE_SECONDS = 3 / 3600.0;

    static DmnEngine engine;
    static DmnDecision decision;
    static final List<String> matchedRuleIds = new ArrayList<>();

    @BeforeAll
    static void parse() throws IOException {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> record(event)));
        engine = configuration.buildEngine();
        try (InputStream in = Files.newInputStream(FILE)) {
            decision = engine.parseDecision("ownership-arbitration", in);
        }
    }

    private static void record(DmnDecisionTableEvaluationEvent event) {
        matchedRuleIds.clear();
        event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matchedRuleIds::add);
    }

    @Test
    void isAFirstHitTableOverTheContractAndC6bInputs() {
        DecisionTable table = Dmn.readModelFromFile(FILE.toFile()).getModelElementsByType(DecisionTable.class)
                .iterator().next();
        Assertions.assertThat(table.getHitPolicy()).as("rows in the policy's order of evidence").isEqualTo(HitPolicy.FIRST);
        Assertions.assertThat(table.getOutputs()).extracting(Output::getName).containsExactly("recommendedOwner", "reason");
        Assertions.assertThat(table.getInputs()).extracting(i -> i.getInputExpression().getText().getTextContent())
                .containsExactly("firstFiled", "secondFiled", "helpRegistered", "firstContactsBeforeSecond",
                        "secondContactsBeforeSecond", "filingGapHours", "firstValid", "secondValid",
                        "secondFollowUpScore - firstFollowUpScore", "secondCompleteness - firstCompleteness");
        Assertions.assertThat(table.getInputs()).extracting(Input::getLabel).allMatch(label -> !label.isBlank());
    }

    // ---- rows, with the values CollisionEvidence gives for the stories of issue 13 ----

    @Test
    void aColleagueFilingAValidFilingSecondsLaterGetsNothing() {
        // rep1 filed an enterprise customer (82% complete, 200,000 yuan typed at filing); rep3 3 s later, same data
        Map<String, Object> in = both(THREE_SECONDS, true, false, 82, 82, 0, 0, 0, 0, false);
        Assertions.assertThat(owner(in)).isEqualTo("FIRST");
        Assertions.assertThat(matchedRuleIds).containsExactly("Rule_first_earlier_valid");
        Assertions.assertThat(reason(in)).contains("报备在先").contains("有效报备").contains("后报备者不分提成").contains("§七.2");
    }

    @Test
    void hoursLaterTheFilingTimeDecidesEvenAgainstAStrongerAndMoreCompleteLaterFiling() {
        Assertions.assertThat(owner(both(5.0, true, false, 70, 100, 0, 0, 0, 0, false))).isEqualTo("FIRST");
        Assertions.assertThat(owner(both(72.0, true, false, 70, 100, 0, 0, 0, 0, false))).isEqualTo("FIRST");
        // rep2 had worked the customer before, rep1 had not: still one-sided, the valid earlier filing wins
        Assertions.assertThat(owner(both(72.0, true, false, 70, 100, 0, 3, 0, 100, false))).isEqualTo("FIRST");
    }

    @Test
    void theSecondFiledEarlierAndValidWins() {
        // a manual report naming the reporter's own older filing: the gap is negative
        Assertions.assertThat(owner(both(-30.0, true, true, 82, 82, 0, 0, 0, 0, false))).isEqualTo("SECOND");
        Assertions.assertThat(matchedRuleIds).containsExactly("Rule_second_earlier_valid");
        Assertions.assertThat(owner(both(-30.0, false, true, 82, 82, 0, 0, 0, 0, false))).isEqualTo("SECOND");
    }

    @Test
    void bothWorkedTheCustomerBeforeTheLaterFilingIsShared() {
        Map<String, Object> in = both(48.0, true, false, 82, 82, 2, 1, 75, 50, false);
        Assertions.assertThat(owner(in)).isEqualTo("SHARED");
        Assertions.assertThat(matchedRuleIds).containsExactly("Rule_both_worked");
        Assertions.assertThat(reason(in)).contains("双方均已接洽").contains("50%").contains("P9 §七.3");
        // one side only: no share
        Assertions.assertThat(owner(both(48.0, true, false, 82, 82, 2, 0, 75, 0, false))).isEqualTo("FIRST");
        Assertions.assertThat(owner(both(48.0, true, false, 82, 82, 0, 1, 0, 25, false))).isEqualTo("FIRST");
    }

    @Test
    void registeredHelpIsShared() {
        Map<String, Object> in = both(THREE_SECONDS, true, false, 82, 82, 0, 0, 0, 0, true);
        Assertions.assertThat(owner(in)).isEqualTo("SHARED");
        Assertions.assertThat(reason(in)).contains("协助成单").contains("P9 §七.3");
    }

    @Test
    void anInvalidEarlierFilingLetsTheFollowUpDecide() {
        // rep1's filing was found false; rep2 had three contacts with amount, unit price and date (100) before filing
        Map<String, Object> in = both(1.0, false, false, 82, 82, 0, 3, 0, 100, false);
        Assertions.assertThat(owner(in)).isEqualTo("SECOND");
        Assertions.assertThat(matchedRuleIds).containsExactly("Rule_second_follow_up_stronger");
        Assertions.assertThat(reason(in)).contains("不是有效报备").contains("跟进");
        Assertions.assertThat(owner(both(1.0, false, false, 82, 82, 0, 1, 0, 25, false))).as("one fact more").isEqualTo("SECOND");
        Assertions.assertThat(owner(both(1.0, false, false, 82, 82, 2, 0, 50, 0, false))).isEqualTo("FIRST");
    }

    @Test
    void thenTheCompleteness() {
        Map<String, Object> in = both(1.0, false, false, 70, 85, 0, 0, 0, 0, false);
        Assertions.assertThat(owner(in)).isEqualTo("SECOND");
        Assertions.assertThat(matchedRuleIds).containsExactly("Rule_second_more_complete");
        Assertions.assertThat(reason(in)).contains("填表详细程度");
        Assertions.assertThat(owner(both(1.0, false, false, 85, 70, 0, 0, 0, 0, false))).isEqualTo("FIRST");
    }

    @Test
    void anInvalidEarlierFilingWithNothingElseToWeighLosesToTheLaterOne() {
        Map<String, Object> in = both(1.0, false, false, 82, 82, 0, 0, 0, 0, false);
        Assertions.assertThat(owner(in)).isEqualTo("SECOND");
        Assertions.assertThat(matchedRuleIds).containsExactly("Rule_first_earlier_invalid");
        Assertions.assertThat(owner(both(-1.0, false, false, 82, 82, 0, 0, 0, 0, false))).isEqualTo("FIRST");
        // the later filing is valid (a reporter's own filing) and the earlier one is not
        Assertions.assertThat(owner(both(1.0, false, true, 82, 82, 0, 0, 0, 0, false))).isEqualTo("SECOND");
        Assertions.assertThat(matchedRuleIds).containsExactly("Rule_second_valid");
        Assertions.assertThat(owner(both(-1.0, true, false, 82, 82, 0, 0, 0, 0, false))).isEqualTo("FIRST");
        Assertions.assertThat(matchedRuleIds).containsExactly("Rule_first_valid");
    }

    @Test
    void c8ARepWhoNeverFiledHasNoClaim() {
        // a manual report without an own filing: what CollisionEvidence gives
        Map<String, Object> in = inputs(true, false, null, true, false, 82, null, 0, 0, 0, 0, false);
        Assertions.assertThat(owner(in)).isEqualTo("FIRST");
        Assertions.assertThat(reason(in)).contains("未报备").contains("P9 §三.2").contains("P1 §2.3");
        Assertions.assertThat(owner(inputs(false, true, 2.0, false, true, null, 82, 3, 0, 100, 0, true))).isEqualTo("SECOND");
        Assertions.assertThat(owner(inputs(null, null, null, null, null, null, null, null, null, null, null, null)))
                .isEqualTo("SHARED");
    }

    @Test
    void absentVariablesFallToTheLastRows() {
        Assertions.assertThat(evaluate(new HashMap<>()).getSingleResult().getEntryMap()).containsEntry("recommendedOwner", "SHARED");
        Map<String, Object> onlyFiled = new HashMap<>();
        onlyFiled.put("firstFiled", true);
        onlyFiled.put("secondFiled", true);
        Assertions.assertThat(owner(onlyFiled)).isEqualTo("FIRST");
        Assertions.assertThat(matchedRuleIds).containsExactly("Rule_nothing_decides");
    }

    @Test
    void thresholdsLiveInTheTableOnly() throws IOException {
        String xml = Files.readString(FILE);
        Assertions.assertThat(xml).contains("<text>&gt; 0</text>", "<text>&lt; 0</text>", "<text>&gt;= 1</text>",
                "<text>&gt;= 25</text>", "<text>&lt;= -25</text>", "<text>&gt;= 15</text>", "<text>&lt;= -15</text>");
    }

    // ---- the grid ----

    /*
     * The grid: both sides of every threshold, nulls included. The FEEL engine parses every entry at every
     * evaluation (about 160 entries here), so the follow-up and completeness values come as chosen pairs rather
     * than as a full product, and where help or both sides' contacts decide first a single case stands for the rest.
     */
    static final Double[] GAPS = {null, -30.0, 0.0, THREE_SECONDS};
    static final Boolean[] FLAGS = {true, false, null};
    static final Integer[][] CONTACTS = {{0, 0}, {1, 0}, {null, 1}, {1, 1}};
    /** first score, second score, first completeness, second completeness */
    static final Integer[][] WEIGHED = {{0, 0, 82, 82}, {0, 24, 82, 82}, {0, 25, 82, 82}, {25, 0, 70, 85},
            {null, 100, 70, 85}, {0, 24, 70, 84}, {24, 0, 85, 70}, {null, 100, 70, null}};

    @Test
    void everyCombinationOnTheGridGetsThePolicysOwner() {
        Set<String> rowsSeen = new HashSet<>();
        int evaluations = 0;
        for (Boolean filed1 : FLAGS) {
            for (Boolean filed2 : FLAGS) {
                boolean bothFiled = Boolean.TRUE.equals(filed1) && Boolean.TRUE.equals(filed2);
                for (Boolean help : bothFiled ? new Boolean[] {true, null} : new Boolean[] {true}) {
                    for (Integer[] c : bothFiled ? CONTACTS : new Integer[][] {{1, 1}}) {
                        boolean sharedEarly = Boolean.TRUE.equals(help) || (c[0] != null && c[0] >= 1 && c[1] != null && c[1] >= 1);
                        boolean wholeGrid = bothFiled && !sharedEarly;
                        for (Double gap : wholeGrid ? GAPS : new Double[] {THREE_SECONDS}) {
                            for (Boolean valid1 : wholeGrid ? FLAGS : new Boolean[] {true}) {
                                for (Boolean valid2 : wholeGrid ? FLAGS : new Boolean[] {false}) {
                                    for (Integer[] w : wholeGrid ? WEIGHED : new Integer[][] {{0, 100, 70, 85}}) {
                                        Map<String, Object> in = inputs(filed1, filed2, gap, valid1, valid2, w[2], w[3],
                                                c[0], c[1], w[0], w[1], help);
                                        DmnDecisionTableResult result = evaluate(in);
                                        Assertions.assertThat(result.size()).as("%s", in).isEqualTo(1);
                                        rowsSeen.add(matchedRuleIds.get(0));
                                        Map<String, Object> row = result.getSingleResult().getEntryMap();
                                        Assertions.assertThat(row.get("recommendedOwner")).as("%s matched %s", in, matchedRuleIds)
                                                .isEqualTo(expectedOwner(in));
                                        Assertions.assertThat((String) row.get("reason")).as("%s", in)
                                                .isNotBlank().containsPattern("（P\\d §");
                                        evaluations++;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        Assertions.assertThat(evaluations).isGreaterThan(800);
        Assertions.assertThat(rowsSeen).as("every row is reachable").containsExactlyInAnyOrderElementsOf(ruleIds());
    }

    /** Rule C6b written out independently of the table: C8, C7 (help, both worked), time if valid, follow-up, completeness. */
    static String expectedOwner(Map<String, Object> in) {
        boolean filed1 = yes(in.get("firstFiled"));
        boolean filed2 = yes(in.get("secondFiled"));
        if (filed1 != filed2) {
            return filed1 ? "FIRST" : "SECOND";
        }
        if (!filed1) {
            return "SHARED";
        }
        if (yes(in.get("helpRegistered")) || (atLeastOne(in.get("firstContactsBeforeSecond"))
                && atLeastOne(in.get("secondContactsBeforeSecond")))) {
            return "SHARED";
        }
        Double gap = (Double) in.get("filingGapHours");
        boolean valid1 = yes(in.get("firstValid"));
        boolean valid2 = yes(in.get("secondValid"));
        if (gap != null && gap > 0 && valid1) {
            return "FIRST";
        }
        if (gap != null && gap < 0 && valid2) {
            return "SECOND";
        }
        Integer scoreDifference = difference(in.get("secondFollowUpScore"), in.get("firstFollowUpScore"));
        if (scoreDifference != null && Math.abs(scoreDifference) >= 25) {
            return scoreDifference > 0 ? "SECOND" : "FIRST";
        }
        Integer completenessDifference = difference(in.get("secondCompleteness"), in.get("firstCompleteness"));
        if (completenessDifference != null && Math.abs(completenessDifference) >= 15) {
            return completenessDifference > 0 ? "SECOND" : "FIRST";
        }
        if (valid1 || valid2) {
            return valid1 ? "FIRST" : "SECOND";
        }
        if (gap != null && gap != 0) {
            return gap > 0 ? "SECOND" : "FIRST";                     // the earlier filing is invalid
        }
        return "FIRST";
    }

    private static boolean yes(Object flag) {
        return Boolean.TRUE.equals(flag);
    }

    private static boolean atLeastOne(Object count) {
        return count != null && (Integer) count >= 1;
    }

    private static Integer difference(Object second, Object first) {
        return second == null || first == null ? null : (Integer) second - (Integer) first;
    }

    /** Both filed; the values CollisionEvidence computes. */
    private static Map<String, Object> both(double gap, boolean valid1, boolean valid2, int completeness1, int completeness2,
                                            int contacts1, int contacts2, int score1, int score2, boolean help) {
        return inputs(true, true, gap, valid1, valid2, completeness1, completeness2, contacts1, contacts2, score1, score2, help);
    }

    private static Map<String, Object> inputs(Boolean filed1, Boolean filed2, Double gap, Boolean valid1, Boolean valid2,
                                              Integer completeness1, Integer completeness2, Integer contacts1, Integer contacts2,
                                              Integer score1, Integer score2, Boolean help) {
        Map<String, Object> in = new HashMap<>();
        in.put("firstFiled", filed1);
        in.put("secondFiled", filed2);
        in.put("filingGapHours", gap);
        in.put("firstValid", valid1);
        in.put("secondValid", valid2);
        in.put("firstCompleteness", completeness1);
        in.put("secondCompleteness", completeness2);
        in.put("firstContactsBeforeSecond", contacts1);
        in.put("secondContactsBeforeSecond", contacts2);
        in.put("firstFollowUpScore", score1);
        in.put("secondFollowUpScore", score2);
        in.put("helpRegistered", help);
        return in;
    }

    private static DmnDecisionTableResult evaluate(Map<String, Object> in) {
        return engine.evaluateDecisionTable(decision, in);
    }

    private static String owner(Map<String, Object> in) {
        return (String) evaluate(in).getSingleResult().getEntryMap().get("recommendedOwner");
    }

    private static String reason(Map<String, Object> in) {
        return (String) evaluate(in).getSingleResult().getEntryMap().get("reason");
    }

    private static Set<String> ruleIds() {
        DmnModelInstance model = Dmn.readModelFromFile(FILE.toFile());
        return model.getModelElementsByType(Rule.class).stream().map(Rule::getId).collect(Collectors.toSet());
    }
}
