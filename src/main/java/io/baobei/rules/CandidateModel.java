package io.baobei.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;

/**
 * A candidate prepared for replay. History keeps each input column's value, not the variables behind it:
 * a column such as {@code secondFollowUpScore - firstFollowUpScore} is replayed by reading its recorded
 * value through a stand-in variable ({@link #standIn(int)}), which needs the candidate parsed with that
 * column's expression replaced; one parsed decision is kept per set of replaced columns.
 */
class CandidateModel {

    private final Candidate candidate;
    private final CandidateEngine engine;
    private final List<String> expressions;
    private final Map<Set<Integer>, DmnDecision> parsed = new HashMap<>();

    CandidateModel(Candidate candidate, CandidateEngine engine) {
        this.candidate = candidate;
        this.engine = engine;
        this.expressions = inputs(engine.read(candidate.xml())).stream()
                .map(input -> replaceable(input) ? input.getInputExpression().getText().getTextContent() : null)
                .toList();
    }

    /** The candidate's input expressions by column index; null where a column cannot take a stand-in. */
    List<String> expressions() {
        return expressions;
    }

    static String standIn(int column) {
        return "replayColumn" + column;
    }

    DmnDecision decision(Set<Integer> replacedColumns) {
        return parsed.computeIfAbsent(Set.copyOf(replacedColumns), columns -> {
            DmnModelInstance model = engine.read(candidate.xml());
            List<Input> inputs = inputs(model);
            columns.forEach(column -> inputs.get(column).getInputExpression().getText().setTextContent(standIn(column)));
            return engine.parse(model, candidate.table().key());
        });
    }

    private List<Input> inputs(DmnModelInstance model) {
        Decision decision = model.getModelElementById(candidate.table().key());
        return List.copyOf(((DecisionTable) decision.getExpression()).getInputs());
    }

    /** A stand-in is a bare FEEL name; every column is FEEL ({@link CandidateCheck}), any with a text can take one. */
    private static boolean replaceable(Input input) {
        return input.getInputExpression().getText() != null;
    }
}
