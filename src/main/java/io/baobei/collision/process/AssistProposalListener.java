package io.baobei.collision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.collision.AssistService;
import io.baobei.platform.engine.TaskActor;

/** Completing {@code agree-assist-split}: the filer's or the helper's proposal, shown to the supervisor. */
@Component
public class AssistProposalListener implements TaskListener {

    private final AssistService assists;

    public AssistProposalListener(AssistService assists) {
        this.assists = assists;
    }

    @Override
    public void notify(DelegateTask task) {
        String filingId = task.getExecution().getProcessBusinessKey();
        // the party whose proposal this is, even when a dismissed party's task went to their manager (X11)
        String party = (String) task.getVariable("party");
        int percent = assists.partyProposal(filingId, TaskActor.of(task), task.getAssignee(), party, task.getVariables());
        boolean byFiler = party.equals(assists.parties(filingId).get(0));
        task.getExecution().getProcessInstance().setVariable(byFiler ? "filerProposal" : "helperProposal", percent);
    }
}
