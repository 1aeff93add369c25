package io.baobei.conduct;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * dmn/penalty-catalog.dmn (rules X1–X8, C9, C12): every contract violation at every prior count gets exactly one
 * penalty, the ladder below; a null count is the first offence; an unknown violation gets nothing.
 */
class PenaltyCatalogTableTest {

    static final Path FILE = Path.of("dmn", "penalty-catalog.dmn");

    /** CONTRACT.md, {@code violation} values. */
    static final List<String> VIOLATIONS = List.of("FALSE_FILING", "UNFILED_COLLISION", "LATE_FILING_COLLISION",
            "UNREPORTED_COLLISION", "DATA_LEAK", "DATA_LEAK_FOR_PAY", "TAMPERING", "CUSTOMER_PRESENT_DISPUTE",
            "SABOTAGE", "SALES_VIOLATION", "ORDER_SNATCHING");

    /** CONTRACT.md, {@code action} values. */
    static final List<String> ACTIONS = List.of("WARNING", "CRITICISM", "FINE", "DEMERIT", "SUSPEND", "TRANSFER",
            "DEMOTION", "DISMISSAL");

    /** The prior counts every violation is tried with; null counts as 0. */
    static final Integer[] COUNTS = {null, 0, 1, 2, 5};

    record Penalty(String action, int fineYuan, boolean publicNotice) {
    }

    static Penalty p(String action, int fineYuan, boolean publicNotice) {
        return new Penalty(action, fineYuan, publicNotice);
    }

    /** The whole ladder: violation → penalty for prior count null, 0, 1, 2, 5 (same order as {@link #COUNTS}). */
    static final Map<String, Penalty[]> LADDER = new LinkedHashMap<>();

    static {
        // X1, P9 §六.3: 50, 100, then dismissal
        LADDER.put("FALSE_FILING", new Penalty[] {
                p("FINE", 50, false), p("FINE", 50, false), p("FINE", 100, false),
                p("DISMISSAL", 0, false), p("DISMISSAL", 0, false)});
        // X2, P1 §2.3(1): warning, fine, fine with public notice
        LADDER.put("UNFILED_COLLISION", new Penalty[] {
                p("WARNING", 0, false), p("WARNING", 0, false), p("FINE", 100, false),
                p("FINE", 200, true), p("FINE", 200, true)});
        // X3, P1 §2.3(2)
        LADDER.put("LATE_FILING_COLLISION", new Penalty[] {
                p("WARNING", 0, false), p("WARNING", 0, false), p("FINE", 100, false),
                p("FINE", 100, false), p("FINE", 100, false)});
        // X4, P1 §2.3(3): the loss itself is settled outside the table
        LADDER.put("UNREPORTED_COLLISION", new Penalty[] {
                p("WARNING", 0, false), p("WARNING", 0, false), p("FINE", 200, false),
                p("FINE", 200, false), p("FINE", 200, false)});
        // X5, P9 §六.5 (500 per customer), P2 §六 (demerit, transfer, dismissal)
        LADDER.put("DATA_LEAK", new Penalty[] {
                p("FINE", 500, false), p("FINE", 500, false), p("DEMERIT", 500, false),
                p("TRANSFER", 500, false), p("DISMISSAL", 0, false)});
        // X5, P9 §六.5: for pay, dismissal at once
        LADDER.put("DATA_LEAK_FOR_PAY", new Penalty[] {
                p("DISMISSAL", 0, false), p("DISMISSAL", 0, false), p("DISMISSAL", 0, false),
                p("DISMISSAL", 0, false), p("DISMISSAL", 0, false)});
        // X6, P9 §六.2
        LADDER.put("TAMPERING", new Penalty[] {
                p("FINE", 200, true), p("FINE", 200, true), p("DEMERIT", 0, false),
                p("DISMISSAL", 0, false), p("DISMISSAL", 0, false)});
        // C9, P9 §七.4: 500 per person per time with public criticism, no escalation
        LADDER.put("CUSTOMER_PRESENT_DISPUTE", new Penalty[] {
                p("FINE", 500, true), p("FINE", 500, true), p("FINE", 500, true),
                p("FINE", 500, true), p("FINE", 500, true)});
        // C12, P9 §六.4
        LADDER.put("SABOTAGE", new Penalty[] {
                p("DISMISSAL", 0, false), p("DISMISSAL", 0, false), p("DISMISSAL", 0, false),
                p("DISMISSAL", 0, false), p("DISMISSAL", 0, false)});
        // X7, P5 §十三, P7 §十四
        LADDER.put("SALES_VIOLATION", new Penalty[] {
                p("CRITICISM", 0, true), p("CRITICISM", 0, true), p("SUSPEND", 0, false),
                p("DEMOTION", 0, false), p("DISMISSAL", 0, false)});
        // X10, P9 §四.3 (禁止抢单), P5 §十三: public criticism, suspension, dismissal
        LADDER.put("ORDER_SNATCHING", new Penalty[] {
                p("CRITICISM", 0, true), p("CRITICISM", 0, true), p("SUSPEND", 0, true),
                p("DISMISSAL", 0, false), p("DISMISSAL", 0, false)});
    }

    /** Actions other than FINE that still carry a fine: data leaks stay at 500 yuan per customer on these rungs. */
    static final Set<String> FINE_CARRYING_NON_FINE = Set.of("DATA_LEAK/DEMERIT", "DATA_LEAK/TRANSFER");

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(FILE)) {
            decision = engine.parseDecision("penalty-catalog", in);
        }
    }

    @Test
    void isAUniqueTableWithTheContractInputsAndOutputs() {
        DmnModelInstance model = Dmn.readModelFromFile(FILE.toFile());
        DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
        Assertions.assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        Assertions.assertThat(table.getInputs()).extracting(i -> i.getInputExpression().getText().getTextContent())
                .containsExactly("violation", "priorCount", "customerCount");
        Assertions.assertThat(table.getInputs()).extracting(i -> i.getInputExpression().getTypeRef())
                .containsExactly("string", "integer", "integer");
        Assertions.assertThat(table.getOutputs()).extracting(Output::getName)
                .containsExactly("action", "fineYuan", "publicNotice");
        Assertions.assertThat(table.getOutputs()).extracting(Output::getTypeRef)
                .containsExactly("string", "integer", "boolean");
        Decision d = model.getModelElementsByType(Decision.class).iterator().next();
        Assertions.assertThat(d.getCamundaHistoryTimeToLiveString()).isEqualTo("180");
        // the violation input lists exactly the contract values, the action output exactly the contract actions
        Input violation = table.getInputs().iterator().next();
        Assertions.assertThat(split(violation.getInputValues().getText().getTextContent()))
                .containsExactlyElementsOf(VIOLATIONS);
        Assertions.assertThat(split(table.getOutputs().iterator().next().getOutputValues().getText().getTextContent()))
                .containsExactlyElementsOf(ACTIONS);
    }

    @Test
    void theLadderCoversEveryContractViolation() {
        Assertions.assertThat(LADDER.keySet()).containsExactlyInAnyOrderElementsOf(VIOLATIONS);
        Assertions.assertThat(Arrays.stream(Violation.values()).map(Enum::name).toList())
                .as("the application's Violation enum").containsExactlyInAnyOrderElementsOf(VIOLATIONS);
    }

    @Test
    void everyViolationAndCountGivesExactlyTheLadder() {
        for (String violation : VIOLATIONS) {
            Penalty[] expected = LADDER.get(violation);
            for (int i = 0; i < COUNTS.length; i++) {
                DmnDecisionTableResult result = evaluate(violation, COUNTS[i]);
                String as = violation + " prior " + COUNTS[i];
                Assertions.assertThat(result.size()).as(as).isEqualTo(1);
                Assertions.assertThat(penalty(result)).as(as).isEqualTo(expected[i]);
            }
        }
    }

    @Test
    void aNullCountIsTheFirstOffence() {
        for (String violation : VIOLATIONS) {
            Assertions.assertThat(penalty(evaluate(violation, null))).as(violation)
                    .isEqualTo(penalty(evaluate(violation, 0)));
            Map<String, Object> withoutCount = new HashMap<>();
            withoutCount.put("violation", violation);
            Assertions.assertThat(penalty(engine.evaluateDecisionTable(decision, withoutCount))).as(violation + " no variable")
                    .isEqualTo(penalty(evaluate(violation, 0)));
        }
    }

    @Test
    void finesOnlyWhereTheCatalogueDefinesThem() {
        for (String violation : VIOLATIONS) {
            for (Integer count : COUNTS) {
                Penalty penalty = penalty(evaluate(violation, count));
                String as = violation + " prior " + count;
                Assertions.assertThat(penalty.action()).as(as).isIn(ACTIONS);
                if ("FINE".equals(penalty.action())) {
                    Assertions.assertThat(penalty.fineYuan()).as(as).isPositive();
                } else if (FINE_CARRYING_NON_FINE.contains(violation + "/" + penalty.action())) {
                    Assertions.assertThat(penalty.fineYuan()).as(as).isEqualTo(500);
                } else {
                    Assertions.assertThat(penalty.fineYuan()).as(as).isZero();
                }
                if ("CRITICISM".equals(penalty.action())) {
                    Assertions.assertThat(penalty.publicNotice()).as(as + ": 通报批评 is public").isTrue();
                }
            }
        }
    }

    @Test
    void countsBeyondTheLadderStayOnTheLastRung() {
        for (String violation : VIOLATIONS) {
            Assertions.assertThat(penalty(evaluate(violation, 40))).as(violation).isEqualTo(penalty(evaluate(violation, 5)));
        }
        // a Long, as engine REST or a JPA count may deliver it
        Assertions.assertThat(penalty(evaluate("FALSE_FILING", 1L))).isEqualTo(p("FINE", 100, false));
        Assertions.assertThat(penalty(evaluate("SALES_VIOLATION", 3L))).isEqualTo(p("DISMISSAL", 0, false));
    }

    @Test
    void unknownViolationMatchesNothingSoTheCallerFails() {
        for (Integer count : COUNTS) {
            Assertions.assertThat(evaluate("SPEEDING", count).isEmpty()).as("SPEEDING " + count).isTrue();
            Assertions.assertThat(evaluate("false_filing", count).isEmpty()).as("lower case " + count).isTrue();
            Assertions.assertThat(evaluate("", count).isEmpty()).as("blank " + count).isTrue();
            Assertions.assertThat(evaluate(null, count).isEmpty()).as("null " + count).isTrue();
        }
        Assertions.assertThat(engine.evaluateDecisionTable(decision, new HashMap<>()).isEmpty()).isTrue();
    }

    /** X5b: one data-leak incident is fined 500 yuan per customer; the rung depends on earlier incidents only. */
    @Test
    void aDataLeakIsFinedPerCustomerAndClimbsByIncident() {
        Assertions.assertThat(penalty(evaluate("DATA_LEAK", 0, 3))).isEqualTo(p("FINE", 1500, false));
        Assertions.assertThat(penalty(evaluate("DATA_LEAK", 1, 2))).isEqualTo(p("DEMERIT", 1000, false));
        Assertions.assertThat(penalty(evaluate("DATA_LEAK", 2, 4))).isEqualTo(p("TRANSFER", 2000, false));
        Assertions.assertThat(penalty(evaluate("DATA_LEAK", 0, null))).as("no count: one customer").isEqualTo(p("FINE", 500, false));
        Assertions.assertThat(penalty(evaluate("DATA_LEAK", 3, 3))).isEqualTo(p("DISMISSAL", 0, false));
        Assertions.assertThat(penalty(evaluate("FALSE_FILING", 0, 3))).as("other violations ignore the count")
                .isEqualTo(p("FINE", 50, false));
        Assertions.assertThat(penalty(evaluate("CUSTOMER_PRESENT_DISPUTE", 0, 3))).isEqualTo(p("FINE", 500, true));
    }

    @Test
    void outputsAreTyped() {
        Map<String, Object> entry = evaluate("FALSE_FILING", 0).getSingleResult().getEntryMap();
        Assertions.assertThat(entry.get("action")).isInstanceOf(String.class);
        Assertions.assertThat(entry.get("fineYuan")).isInstanceOf(Integer.class);
        Assertions.assertThat(entry.get("publicNotice")).isInstanceOf(Boolean.class);
        Assertions.assertThat(evaluate("SABOTAGE", null).getSingleResult().getEntryMap().get("fineYuan"))
                .isEqualTo(0);
    }

    @Test
    void everyRuleCitesItsRuleAndPolicyInChinese() {
        DecisionTable table = Dmn.readModelFromFile(FILE.toFile()).getModelElementsByType(DecisionTable.class)
                .iterator().next();
        Assertions.assertThat(table.getRules()).hasSize(27);
        for (Rule rule : table.getRules()) {
            Assertions.assertThat(rule.getDescription()).as(rule.getId()).isNotNull();
            String text = rule.getDescription().getTextContent();
            Assertions.assertThat(text).as(rule.getId()).containsPattern("^(X[1-8]|X10|C9|C12)：")
                    .containsPattern("P[1-9] §").containsPattern("\\p{IsHan}");
        }
    }

    private static List<String> split(String quotedList) {
        return Arrays.stream(quotedList.split(",")).map(s -> s.trim().replace("\"", "")).toList();
    }

    private static DmnDecisionTableResult evaluate(String violation, Number priorCount) {
        return evaluate(violation, priorCount, 1);
    }

    private static DmnDecisionTableResult evaluate(String violation, Number priorCount, Integer customerCount) {
        Map<String, Object> in = new HashMap<>();
        in.put("violation", violation);
        in.put("priorCount", priorCount);
        in.put("customerCount", customerCount);
        return engine.evaluateDecisionTable(decision, in);
    }

    private static Penalty penalty(DmnDecisionTableResult result) {
        Assertions.assertThat(result.size()).isEqualTo(1);
        Map<String, Object> entry = result.getSingleResult().getEntryMap();
        Object fine = entry.get("fineYuan");
        Object notice = entry.get("publicNotice");
        Assertions.assertThat(fine).as("fineYuan").isInstanceOf(Number.class);
        Assertions.assertThat(notice).as("publicNotice").isInstanceOf(Boolean.class);
        return new Penalty((String) entry.get("action"), ((Number) fine).intValue(), (Boolean) notice);
    }
}
