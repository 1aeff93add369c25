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
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * dmn/ownership-arbitration.dmn (rules C6–C8): every combination of inputs on a grid around the thresholds,
 * nulls included, matches exactly one row, and the recommendation is the one the policy asks for.
 */
class OwnershipArbitrationTableTest {

    static final Path FILE = Path.of("dmn", "ownership-arbitration.dmn");

    /*
     * The grid: every value class of every input and both sides of every threshold, nulls included. Scores only
     * count through their difference, so they come as pairs (difference 0, ±29, ±30, -100, and with nulls) rather
     * than as a full product; this keeps about 2,300 evaluations (the FEEL engine parses each entry on every
     * evaluation, about 1.5 ms each here). theFullScoreGridWhereTheFollowUpDecides adds the full product of the
     * scores {null, 0, 29, 30, 70, 100} where they decide.
     */
    static final Double[] GAPS = {null, -24.0, -23.9, 0.0, 1.0, 23.9, 24.0, 48.0, 500.0};
    static final Integer[] COMPLETENESS = {null, 0, 59, 60, 100};
    static final Integer[][] SCORE_PAIRS = {{70, 70}, {0, 29}, {29, 0}, {0, 30}, {30, 0}, {70, 100}, {100, 0},
            {null, 100}, {null, null}};
    static final Boolean[] FILED = {true, false, null};

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
    void isAUniqueTableWithTheContractOutputs() {
        DecisionTable table = Dmn.readModelFromFile(FILE.toFile()).getModelElementsByType(DecisionTable.class)
                .iterator().next();
        Assertions.assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        Assertions.assertThat(table.getOutputs()).extracting(Output::getName)
                .containsExactly("recommendedOwner", "reason");
        Assertions.assertThat(decision.isDecisionTable()).isTrue();
    }

    @Test
    void everyCombinationOnTheGridMatchesExactlyOneRowWithTheExpectedOwner() {
        Set<String> rowsSeen = new HashSet<>();
        int evaluations = 0;
        for (Boolean firstFiled : FILED) {
            for (Boolean secondFiled : FILED) {
                boolean bothFiled = Boolean.TRUE.equals(firstFiled) && Boolean.TRUE.equals(secondFiled);
                // when a side has not filed nothing else is looked at: a coarse grid is enough there
                Double[] gaps = bothFiled ? GAPS : new Double[] {null, 0.0, 48.0};
                Integer[] completeness = bothFiled ? COMPLETENESS : new Integer[] {null, 100};
                Integer[][] scorePairs = bothFiled ? SCORE_PAIRS : new Integer[][] {{0, 100}, {100, 0}, {null, null}};
                for (Double gap : gaps) {
                    for (Integer c1 : completeness) {
                        for (Integer c2 : completeness) {
                            for (Integer[] scores : scorePairs) {
                                Integer s1 = scores[0];
                                Integer s2 = scores[1];
                                Map<String, Object> in = inputs(gap, c1, c2, s1, s2, firstFiled, secondFiled);
                                DmnDecisionTableResult result = evaluate(in);
                                Assertions.assertThat(result.size()).as("%s matched %s", in, matchedRuleIds).isEqualTo(1);
                                Assertions.assertThat(matchedRuleIds).as("%s", in).hasSize(1);
                                rowsSeen.addAll(matchedRuleIds);
                                Map<String, Object> row = result.getSingleResult().getEntryMap();
                                Assertions.assertThat(row.get("recommendedOwner")).as("%s", in)
                                        .isEqualTo(expectedOwner(gap, c1, c2, s1, s2, firstFiled, secondFiled));
                                Assertions.assertThat((String) row.get("reason")).as("%s", in)
                                        .isNotBlank().containsPattern("（P\\d §");
                                evaluations++;
                            }
                        }
                    }
                }
            }
        }
        Assertions.assertThat(evaluations).isGreaterThan(2_000);
        Assertions.assertThat(rowsSeen).as("every row is reachable").containsExactlyInAnyOrderElementsOf(ruleIds());
    }

    @Test
    void theFullScoreGridWhereTheFollowUpDecides() {
        // gap 0 (order undecidable) and both filings incomplete 48 h apart: here the scores decide
        Integer[] scores = {null, 0, 29, 30, 70, 100};
        for (Object[] situation : new Object[][] {{0.0, 100, 100}, {48.0, 59, 0}}) {
            for (Integer s1 : scores) {
                for (Integer s2 : scores) {
                    Map<String, Object> in = inputs((Double) situation[0], (Integer) situation[1], (Integer) situation[2],
                            s1, s2, true, true);
                    Assertions.assertThat(owner(in)).as("%s", in)
                            .isEqualTo(expectedOwner((Double) situation[0], (Integer) situation[1],
                                    (Integer) situation[2], s1, s2, true, true));
                }
            }
        }
    }

    /** The policy, written out independently of the table: C8, then C6 (time, completeness), then C6/C7 (follow-up). */
    static String expectedOwner(Double gap, Integer c1, Integer c2, Integer s1, Integer s2, Boolean f1, Boolean f2) {
        boolean filed1 = Boolean.TRUE.equals(f1);
        boolean filed2 = Boolean.TRUE.equals(f2);
        if (filed1 != filed2) {
            return filed1 ? "FIRST" : "SECOND";                      // C8
        }
        if (!filed1) {
            return "SHARED";                                         // neither filed
        }
        boolean complete1 = c1 != null && c1 >= 60;                  // null: not shown to be complete
        boolean complete2 = c2 != null && c2 >= 60;
        if (gap != null && gap >= 24) {
            if (complete1) {
                return "FIRST";
            }
            if (complete2) {
                return "SECOND";                                     // earlier filing invalid (P9 有效报备)
            }
        }
        if (gap != null && gap <= -24) {                             // reversed order: the second filed clearly earlier
            if (complete2) {
                return "SECOND";
            }
            if (complete1) {
                return "FIRST";
            }
        }
        if (s1 == null || s2 == null) {
            return "SHARED";                                         // no follow-up comparison possible
        }
        if (s2 - s1 >= 30) {
            return "SECOND";
        }
        if (s1 - s2 >= 30) {
            return "FIRST";
        }
        return "SHARED";                                             // C7
    }

    @Test
    void c8RepWhoNeverFiledHasNoClaim() {
        Assertions.assertThat(owner(inputs(0.0, 100, 100, 0, 100, true, false))).isEqualTo("FIRST");
        Assertions.assertThat(owner(inputs(0.0, 100, 100, 100, 0, false, true))).isEqualTo("SECOND");
        Assertions.assertThat(owner(inputs(500.0, 100, 0, 100, 0, null, true))).isEqualTo("SECOND");
        Assertions.assertThat(reason(inputs(0.0, 100, 100, 0, 100, true, false)))
                .contains("未报备").contains("P9 §三.2").contains("P1 §2.3");
        Assertions.assertThat(owner(inputs(500.0, 100, 0, 100, 0, false, false))).isEqualTo("SHARED");
        Assertions.assertThat(owner(inputs(500.0, 100, 0, 100, 0, null, null))).isEqualTo("SHARED");
    }

    @Test
    void clearlyEarlierCompleteFilingWins() {
        Assertions.assertThat(owner(inputs(24.0, 60, 100, 0, 100, true, true))).isEqualTo("FIRST");
        Assertions.assertThat(owner(inputs(48.0, 100, 100, 0, 100, true, true))).isEqualTo("FIRST");
        Assertions.assertThat(reason(inputs(48.0, 100, 100, 0, 100, true, true))).contains("P9 §七.2");
        // just under the threshold the order is not clear: the follow-up decides
        Assertions.assertThat(owner(inputs(23.9, 100, 100, 0, 100, true, true))).isEqualTo("SECOND");
    }

    @Test
    void incompleteEarlierFilingLosesToCompleteLaterOne() {
        Assertions.assertThat(owner(inputs(48.0, 59, 60, 100, 0, true, true))).isEqualTo("SECOND");
        Assertions.assertThat(owner(inputs(48.0, null, 100, 100, 0, true, true))).isEqualTo("SECOND");
        Assertions.assertThat(reason(inputs(48.0, 59, 60, 100, 0, true, true))).contains("无效报备").contains("P9 §三.1");
        // both incomplete: the follow-up decides, else shared
        Assertions.assertThat(owner(inputs(48.0, 59, 0, 100, 0, true, true))).isEqualTo("FIRST");
        Assertions.assertThat(owner(inputs(48.0, 59, 0, 50, 50, true, true))).isEqualTo("SHARED");
    }

    @Test
    void simultaneousFilingsWithClearlyStrongerFollowUp() {
        Assertions.assertThat(owner(inputs(0.0, 100, 100, 0, 30, true, true))).isEqualTo("SECOND");
        Assertions.assertThat(owner(inputs(1.0, 100, 100, 100, 70, true, true))).isEqualTo("FIRST");
        Assertions.assertThat(reason(inputs(0.0, 100, 100, 0, 30, true, true))).contains("跟进").contains("P9 §七.2");
    }

    @Test
    void simultaneousFilingsWithoutClearDifferenceAreShared() {
        Assertions.assertThat(owner(inputs(0.0, 100, 100, 70, 70, true, true))).isEqualTo("SHARED");
        Assertions.assertThat(owner(inputs(1.0, 100, 100, 0, 29, true, true))).isEqualTo("SHARED");
        Assertions.assertThat(reason(inputs(0.0, 100, 100, 70, 70, true, true))).contains("50%").contains("P9 §七.3");
    }

    @Test
    void nullGapMeansOrderCannotBeDecided() {
        Assertions.assertThat(owner(inputs(null, 100, 0, 0, 100, true, true))).isEqualTo("SECOND");
        Assertions.assertThat(owner(inputs(null, 100, 0, 50, 50, true, true))).isEqualTo("SHARED");
    }

    @Test
    void nullScoresMeanNoClearDifference() {
        Assertions.assertThat(owner(inputs(0.0, 100, 100, null, 100, true, true))).isEqualTo("SHARED");
        Assertions.assertThat(owner(inputs(0.0, 100, 100, null, null, true, true))).isEqualTo("SHARED");
    }

    @Test
    void absentVariablesBehaveLikeNulls() {
        Assertions.assertThat(evaluate(new HashMap<>()).getSingleResult().getEntryMap())
                .containsEntry("recommendedOwner", "SHARED");
        Map<String, Object> onlyFiled = new HashMap<>();
        onlyFiled.put("firstFiled", true);
        onlyFiled.put("secondFiled", true);
        Assertions.assertThat(evaluate(onlyFiled).getSingleResult().getEntryMap())
                .containsEntry("recommendedOwner", "SHARED");
    }

    @Test
    void thresholdsLiveInTheTableOnly() throws IOException {
        String xml = Files.readString(FILE);
        Assertions.assertThat(xml).contains("&gt;= 24").contains("&lt;= -24").contains("&gt;= 60")
                .contains("&lt; 60").contains("&gt;= 30").contains("&lt;= -30");
    }

    private static Map<String, Object> inputs(Double gap, Integer c1, Integer c2, Integer s1, Integer s2,
                                              Boolean f1, Boolean f2) {
        Map<String, Object> in = new HashMap<>();
        in.put("filingGapHours", gap);
        in.put("firstCompleteness", c1);
        in.put("secondCompleteness", c2);
        in.put("firstFollowUpScore", s1);
        in.put("secondFollowUpScore", s2);
        in.put("firstFiled", f1);
        in.put("secondFiled", f2);
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
