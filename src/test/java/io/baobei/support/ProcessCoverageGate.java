package io.baobei.support;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateListener;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.springframework.util.ReflectionUtils;

/**
 * Puts the coverage library's execution listener behind a gate that only a {@link ProcessTest} opens. The library
 * looks the process definition up for every element an instance walks, whether anyone records or not: about a
 * sixth more engine CPU in every other test sharing the engine.
 */
class ProcessCoverageGate extends AbstractBpmnParseListener {

    private static volatile boolean open;

    private final ExecutionListener recorder;
    private final ExecutionListener gated;

    ProcessCoverageGate(ElementCoverageParseListener library) {
        Field field = ReflectionUtils.findField(ElementCoverageParseListener.class, "executionListener");
        if (field == null) {
            throw new IllegalStateException("camunda-process-test-coverage changed: no executionListener to gate");
        }
        ReflectionUtils.makeAccessible(field);
        recorder = (ExecutionListener) ReflectionUtils.getField(field, library);
        gated = execution -> {
            if (open) {
                recorder.notify(execution);
            }
        };
    }

    static void open() {
        open = true;
    }

    static void close() {
        open = false;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        gate(processDefinition);
    }

    private void gate(ScopeImpl scope) {
        replace(scope);
        for (ActivityImpl activity : scope.getActivities()) {
            activity.getOutgoingTransitions().stream().map(TransitionImpl.class::cast).forEach(this::replace);
            gate(activity);
        }
    }

    private void replace(CoreModelElement element) {
        replaceIn(element.getListeners());
        replaceIn(element.getBuiltInListeners());
    }

    private void replaceIn(Map<String, List<DelegateListener<?>>> listeners) {
        listeners.values().forEach(list -> list.replaceAll(listener -> listener == recorder ? gated : listener));
    }
}
