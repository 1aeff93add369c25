package io.baobei.collision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.collision.AssistService;

/** Completing {@code agree-assist-split}: the filer's or the helper's proposal, shown to the supervisor. */
@Component
public class AssistProposalListener implements TaskListener {

    private final AssistService assists;

    public AssistProposalListener(AssistService assists) {
        this.assists = assists;
    }

    @Override
    public void notify(DelegateTask task) {
        int percent = assists.proposal(task.getVariables());
        // the party whose proposal this is, even when a dismissed party's task went to their manager (X11)
        boolean byFiler = String.valueOf(task.getVariable("party")).equals(task.getVariable("filer"));
        task.getExecution().getProcessInstance().setVariable(byFiler ? "filerProposal" : "helperProposal", percent);
    }
}
