package io.baobei.platform.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Loads a process's job definitions in one query when an instance starts. Every job the start creates (a
 * filing's reminder, escalation, warning and lapse timers) looks up its job definition by id; the engine finds
 * them in the command's entity cache instead of asking the database once per job.
 */
public class JobDefinitionPrefetch extends AbstractBpmnParseListener {

    private static final ExecutionListener LOAD_JOB_DEFINITIONS = JobDefinitionPrefetch::load;

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, LOAD_JOB_DEFINITIONS);
    }

    private static void load(DelegateExecution execution) {
        Context.getCommandContext().getJobDefinitionManager().findByProcessDefinitionId(execution.getProcessDefinitionId());
    }
}
