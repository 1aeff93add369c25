package io.baobei.rules;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;

import io.baobei.platform.dmn.FeelOnlyDmnConfiguration;

/**
 * A standalone DMN engine for tables that are not deployed: candidates are parsed and evaluated here,
 * never by the process engine, so checking or replaying one leaves no trace in the engine. Like the process
 * engine's, it evaluates FEEL only.
 */
@Component
public class CandidateEngine {

    private final DmnEngine engine = FeelOnlyDmnConfiguration
            .restrict((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
            .buildEngine();

    public DmnModelInstance read(byte[] xml) {
        return Dmn.readModelFromStream(new ByteArrayInputStream(xml));
    }

    public DmnDecision parse(DmnModelInstance model, String decisionKey) {
        return engine.parseDecision(decisionKey, model);
    }

    public DmnDecisionResult evaluate(DmnDecision decision, Map<String, Object> variables) {
        return engine.evaluateDecision(decision, variables);
    }
}
