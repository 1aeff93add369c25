package io.baobei.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Evaluates a candidate, undeployed, against the inputs of the last real evaluations of its table and
 * compares each outcome with the one recorded then.
 */
@Component
public class Replay {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private final DecisionHistory history;
    private final CandidateEngine engine;

    public Replay(DecisionHistory history, CandidateEngine engine) {
        this.history = history;
        this.engine = engine;
    }

    public ReplayReport replay(Candidate candidate, int limit) {
        CandidateModel model = new CandidateModel(candidate, engine);
        List<ReplayCase> cases = history.lastCases(candidate.table().key(), limit).stream()
                .map(past -> replay(past, model))
                .toList();
        return ReplayReport.of(candidate.table().key(), limit, cases);
    }

    private ReplayCase replay(PastCase past, CandidateModel model) {
        Map<String, Object> variables = new HashMap<>();
        for (PastInput input : past.inputs()) {
            if (ExpressionNames.isBareName(input.expression())) {
                variables.put(input.expression().trim(), input.value());
            }
        }
        Set<Integer> replaced = new HashSet<>();
        Set<String> unknown = new TreeSet<>();
        List<String> expressions = model.expressions();
        for (int column = 0; column < expressions.size(); column++) {
            String expression = expressions.get(column);
            PastInput recorded = ExpressionNames.isBareName(expression) ? null : recordedColumn(past, expression);
            if (recorded != null) {
                replaced.add(column);
                variables.put(CandidateModel.standIn(column), recorded.value());
            } else {
                ExpressionNames.of(expression).stream().filter(name -> !variables.containsKey(name)).forEach(unknown::add);
            }
        }
        if (!unknown.isEmpty()) {
            // a variable the table of that time did not read directly is not in history: evaluating without it would guess
            return new ReplayCase(past.id(), past.evaluatedAt(), past.version(), past.inputs(), past.outputs(),
                    null, false, "历史记录中没有 " + String.join("、", unknown) + " 的值，无法重放此案例");
        }
        try {
            List<Map<String, Object>> outcome = engine.evaluate(model.decision(replaced), variables).getResultList();
            return new ReplayCase(past.id(), past.evaluatedAt(), past.version(), past.inputs(), past.outputs(),
                    outcome, !normalized(outcome).equals(normalized(past.outputs())), null);
        } catch (RuntimeException e) {
            return new ReplayCase(past.id(), past.evaluatedAt(), past.version(), past.inputs(), past.outputs(),
                    null, false, "候选规则无法计算此案例：" + e.getMessage());
        }
    }

    /** The past column that had the same expression, whose recorded value the candidate's column then takes. */
    private static PastInput recordedColumn(PastCase past, String expression) {
        if (expression == null) {
            return null;
        }
        String wanted = expression.strip().replaceAll("\\s+", " ");
        return past.inputs().stream()
                .filter(input -> input.expression() != null && input.expression().strip().replaceAll("\\s+", " ").equals(wanted))
                .findFirst().orElse(null);
    }

    /** 90, 90L and 90.0 are the same outcome: history and the DMN engine may not use the same Java type. */
    private static List<Map<String, Object>> normalized(List<Map<String, Object>> outcome) {
        return outcome.stream().map(rule -> {
            Map<String, Object> values = new HashMap<>();
            rule.forEach((name, value) -> values.put(name, normalized(value)));
            return values;
        }).toList();
    }

    private static Object normalized(Object value) {
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).stripTrailingZeros();
            } catch (NumberFormatException notFinite) {
                return number.toString();
            }
        }
        return value;
    }
}
