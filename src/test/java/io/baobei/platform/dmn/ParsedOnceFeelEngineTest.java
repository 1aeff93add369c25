package io.baobei.platform.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The FEEL engine that parses once answers exactly as Camunda's own: every decision table of {@code dmn/}
 * evaluated by both DMN engines over the same inputs (values drawn from each input's type and the literals its
 * rules test), results or failures equal; and single expressions, unary tests and failures side by side.
 */
class ParsedOnceFeelEngineTest {

    private static final int EVALUATIONS_PER_TABLE = 400;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Set<String> FEEL_WORDS = Set.of("not", "null", "true", "false", "and", "or", "in", "if",
            "then", "else", "between", "instance", "of");

    private final DmnEngine camunda = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnEngine parsedOnce = parsedOnceEngine();

    private static DmnEngine parsedOnceEngine() {
        DefaultDmnEngineConfiguration configuration = FeelOnlyDmnConfiguration
                .restrict((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
        configuration.setFeelEngineFactory(new ParsedOnceFeelEngine.Factory(configuration));
        return configuration.buildEngine();
    }

    static Stream<Path> tables() throws IOException {
        return Files.list(Path.of("dmn")).filter(path -> path.toString().endsWith(".dmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyTableDecidesAsWithCamundasFeelEngine(Path table) throws IOException {
        DecisionTable model = Dmn.readModelFromFile(table.toFile()).getModelElementsByType(DecisionTable.class)
                .iterator().next();
        Map<String, List<Object>> candidates = candidateValues(model);
        DmnDecision ours = parse(parsedOnce, table);
        DmnDecision theirs = parse(camunda, table);
        Random random = new Random(table.getFileName().toString().hashCode());
        int decided = 0;
        for (int i = 0; i < EVALUATIONS_PER_TABLE; i++) {
            Map<String, Object> variables = new HashMap<>();
            candidates.forEach((name, values) -> variables.put(name, values.get(random.nextInt(values.size()))));
            Object expected = outcome(camunda, theirs, variables);
            assertThat(outcome(parsedOnce, ours, variables)).as("%s with %s", table, variables).isEqualTo(expected);
            decided += expected instanceof List<?> ? 1 : 0;
        }
        assertThat(decided).as("inputs that reach a result, not only failures").isPositive();
    }

    @Test
    void evaluatesExpressionsAndUnaryTestsAsCamundasEngine() {
        FeelEngine ours = new ParsedOnceFeelEngine(List.of());
        FeelEngine theirs = new ScalaFeelEngine(List.of());
        var variables = Variables.createVariables().putValue("a", 7).putValue("b", 2.5).putValue("s", "east")
                .putValue("missing", null).putValue("input", 4);
        for (String expression : List.of("a + b", "s", "a > 3 and s = \"east\"", "string length(s)", "missing",
                "date(\"2026-12-03\") + duration(\"P3D\")", "if a > 5 then \"big\" else \"small\"", "[1,2,3][2]")) {
            for (int round = 0; round < 2; round++) {
                Object expected = theirs.evaluateSimpleExpression(expression, variables.asVariableContext());
                Object actual = ours.evaluateSimpleExpression(expression, variables.asVariableContext());
                assertThat(actual).as(expression).isEqualTo(expected);
            }
        }
        for (String tests : List.of("< 5", ">= 4", "[1..4]", "4,5", "not(4)", "-", "null", "> a", "\"east\"")) {
            boolean expected = theirs.evaluateSimpleUnaryTests(tests, "input", variables.asVariableContext());
            assertThat(ours.evaluateSimpleUnaryTests(tests, "input", variables.asVariableContext())).as(tests).isEqualTo(expected);
        }
        var other = Variables.createVariables().putValue("input", 9).putValue("a", 1);
        assertThat(ours.evaluateSimpleUnaryTests("< 5", "input", other.asVariableContext()))
                .as("a parsed test is evaluated against each call's own variables").isFalse();
        assertThat((Object) ours.evaluateSimpleExpression("a + 1", other.asVariableContext())).isEqualTo(
                theirs.evaluateSimpleExpression("a + 1", other.asVariableContext()));
    }

    @Test
    void theClockIsReadWhenAnExpressionIsEvaluatedNotWhenTheEngineOrTheExpressionWasBuilt() {
        FeelEngine ours = new ParsedOnceFeelEngine(List.of());
        var variables = Variables.createVariables().asVariableContext();
        Object first = ours.evaluateSimpleExpression("now()", variables);
        java.time.ZonedDateTime before = java.time.ZonedDateTime.now();
        Object second = ours.evaluateSimpleExpression("now()", variables);
        assertThat(second).isInstanceOf(java.time.ZonedDateTime.class);
        assertThat((java.time.ZonedDateTime) second).isAfterOrEqualTo(before).isAfterOrEqualTo((java.time.ZonedDateTime) first);
        assertThat((Object) ours.evaluateSimpleExpression("today()", variables)).isEqualTo(java.time.LocalDate.now());
    }

    @Test
    void failsWithCamundasMessages() {
        FeelEngine ours = new ParsedOnceFeelEngine(List.of());
        FeelEngine theirs = new ScalaFeelEngine(List.of());
        var variables = Variables.createVariables().putValue("input", "text").putValue("a", 1);
        for (String expression : List.of("a +", "a + \"x\" + unknownFunction()", "assert(a, a > 5)",
                "substring(\"abc\", -2147483648)", "10 ** 1000000000", "now() + duration(\"PT9223372036854775807S\")")) {
            assertThat(failure(() -> ours.evaluateSimpleExpression(expression, variables.asVariableContext())))
                    .as(expression)
                    .isEqualTo(failure(() -> theirs.evaluateSimpleExpression(expression, variables.asVariableContext())));
        }
        for (String tests : List.of("> > 3", "substring(\"abc\", -2147483648)")) {
            assertThat(failure(() -> ours.evaluateSimpleUnaryTests(tests, "input", variables.asVariableContext())))
                    .as(tests).isEqualTo(failure(() -> theirs.evaluateSimpleUnaryTests(tests, "input", variables.asVariableContext())));
        }
        assertThatThrownBy(() -> ours.evaluateSimpleExpression("a +", variables.asVariableContext()))
                .as("a text that does not parse is not remembered as parsed").isInstanceOf(FeelException.class);
    }

    @Test
    void theCacheHoldsNoLongTextsAndStartsOverBeforeItsTextsExceedTheirBudget() {
        ParsedOnceFeelEngine ours = new ParsedOnceFeelEngine(List.of());
        var variables = Variables.createVariables().putValue("input", "x").asVariableContext();
        String longText = "\"" + "x".repeat(ParsedOnceFeelEngine.LONGEST_CACHED_TEXT) + "\"";
        assertThat(ours.evaluateSimpleUnaryTests(longText, "input", variables)).isFalse();
        assertThat(ours.cachedTextLength()).as("a long text is parsed, not kept").isZero();
        for (int i = 0; i < 2 * ParsedOnceFeelEngine.CACHED_TEXT_BUDGET / ParsedOnceFeelEngine.LONGEST_CACHED_TEXT; i++) {
            String text = "\"" + i + "x".repeat(ParsedOnceFeelEngine.LONGEST_CACHED_TEXT - 10) + "\"";
            assertThat(ours.evaluateSimpleUnaryTests(text, "input", variables)).isFalse();
            assertThat(ours.cachedTextLength()).isLessThanOrEqualTo(ParsedOnceFeelEngine.CACHED_TEXT_BUDGET);
        }
        assertThat(ours.evaluateSimpleUnaryTests("\"x\"", "input", variables)).as("still evaluates after starting over").isTrue();
    }

    private static String failure(Runnable evaluation) {
        try {
            evaluation.run();
            return "no failure";
        } catch (FeelException e) {
            return e.getMessage();
        }
    }

    private static Object outcome(DmnEngine engine, DmnDecision decision, Map<String, Object> variables) {
        try {
            return engine.evaluateDecisionTable(decision, variables).getResultList();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static DmnDecision parse(DmnEngine engine, Path table) throws IOException {
        try (InputStream in = Files.newInputStream(table)) {
            return engine.parseDecisions(in).get(0);
        }
    }

    /** For every variable an input expression names: values of its type, the literals its rules test, null. */
    private static Map<String, List<Object>> candidateValues(DecisionTable table) {
        Map<String, List<Object>> candidates = new HashMap<>();
        List<Input> inputs = new ArrayList<>(table.getInputs());
        for (int column = 0; column < inputs.size(); column++) {
            Input input = inputs.get(column);
            Set<Object> values = new LinkedHashSet<>(typed(input.getInputExpression().getTypeRef()));
            for (var rule : table.getRules()) {
                InputEntry entry = new ArrayList<>(rule.getInputEntries()).get(column);
                Matcher literal = STRING_LITERAL.matcher(entry.getTextContent());
                while (literal.find()) {
                    values.add(literal.group(1));
                }
            }
            values.add(null);
            Matcher names = NAME.matcher(input.getInputExpression().getTextContent().replaceAll("\"[^\"]*\"", ""));
            while (names.find()) {
                if (!FEEL_WORDS.contains(names.group())) {
                    candidates.put(names.group(), new ArrayList<>(values));
                }
            }
        }
        return candidates;
    }

    private static List<Object> typed(String typeRef) {
        return switch (typeRef == null ? "" : typeRef) {
            case "boolean" -> List.of(true, false);
            case "integer" -> List.of(0, 1, 2, 3, 5, 7, 10, 30, 100, -1);
            case "double" -> List.of(0.0, 0.5, 1.0, 24.0, 48.0, 72.0, 100.0, 999_999.0, 1_000_000.0, -5.0);
            default -> List.of("x");
        };
    }
}
