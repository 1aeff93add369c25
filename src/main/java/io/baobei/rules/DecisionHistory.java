package io.baobei.rules;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.springframework.stereotype.Component;

import io.baobei.platform.security.WithoutAuthorization;

/**
 * The last real evaluations of a rule table, newest first, from the engine's decision history (written at
 * history level FULL). Analysts hold no history permission in the engine: the caller's group is checked
 * by the controller and the app reads the history on its behalf.
 */
@Component
public class DecisionHistory {

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final WithoutAuthorization withoutAuthorization;
    private final Clock clock;

    public DecisionHistory(HistoryService historyService, RepositoryService repositoryService,
                           WithoutAuthorization withoutAuthorization, Clock clock) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.withoutAuthorization = withoutAuthorization;
        this.clock = clock;
    }

    public List<PastCase> lastCases(String decisionKey, int limit) {
        return withoutAuthorization.call(() -> {
            List<HistoricDecisionInstance> instances = historyService.createHistoricDecisionInstanceQuery()
                    .decisionDefinitionKey(decisionKey)
                    .includeInputs()
                    .includeOutputs()
                    .orderByEvaluationTime().desc()
                    .listPage(0, limit);
            Map<String, DefinitionColumns> columns = new HashMap<>();
            return instances.stream()
                    .map(instance -> toCase(instance, columns.computeIfAbsent(instance.getDecisionDefinitionId(),
                            id -> columns(id, decisionKey))))
                    .toList();
        });
    }

    private PastCase toCase(HistoricDecisionInstance instance, DefinitionColumns columns) {
        List<PastInput> inputs = instance.getInputs().stream()
                .sorted(Comparator.comparingInt((HistoricDecisionInputInstance input) -> columns.order(input.getClauseId())))
                .map(input -> new PastInput(input.getClauseId(), input.getClauseName(),
                        columns.expressions().get(input.getClauseId()), input.getValue()))
                .toList();
        return new PastCase(instance.getId(), OffsetDateTime.ofInstant(instance.getEvaluationTime().toInstant(), clock.getZone()),
                columns.version(), inputs, outputsByRule(instance.getOutputs()));
    }

    /** One map of output name to value per matched rule, in rule order. */
    private static List<Map<String, Object>> outputsByRule(List<HistoricDecisionOutputInstance> outputs) {
        Map<Integer, Map<String, Object>> byRule = new TreeMap<>();
        for (HistoricDecisionOutputInstance output : outputs) {
            int rule = output.getRuleOrder() == null ? 0 : output.getRuleOrder();
            byRule.computeIfAbsent(rule, order -> new LinkedHashMap<>()).put(output.getVariableName(), output.getValue());
        }
        return List.copyOf(byRule.values());
    }

    private DefinitionColumns columns(String definitionId, String decisionKey) {
        try (InputStream model = repositoryService.getDecisionModel(definitionId)) {
            Integer version = repositoryService.getDecisionDefinition(definitionId).getVersion();
            Map<String, String> expressions = new LinkedHashMap<>();
            Decision decision = Dmn.readModelFromStream(model).getModelElementById(decisionKey);
            if (decision != null && decision.getExpression() instanceof DecisionTable table) {
                for (Input input : table.getInputs()) {
                    if (input.getInputExpression() != null && input.getInputExpression().getText() != null) {
                        expressions.put(input.getId(), input.getInputExpression().getText().getTextContent());
                    }
                }
            }
            return new DefinitionColumns(version, expressions);
        } catch (ProcessEngineException | IOException gone) {
            // the version's deployment was deleted: the recorded values are still shown, without expressions
            return new DefinitionColumns(null, Map.of());
        }
    }

    private record DefinitionColumns(Integer version, Map<String, String> expressions) {

        int order(String clauseId) {
            int index = List.copyOf(expressions.keySet()).indexOf(clauseId);
            return index < 0 ? Integer.MAX_VALUE : index;
        }
    }
}
