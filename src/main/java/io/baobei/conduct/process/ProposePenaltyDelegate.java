package io.baobei.conduct.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.conduct.PenaltyAction;
import io.baobei.conduct.PenaltyService;

/** {@code propose-penalty}: the {@code penalty-catalog} answer is recorded on the entry for HR to confirm. */
@Component
public class ProposePenaltyDelegate implements JavaDelegate {

    private final PenaltyService penalties;

    public ProposePenaltyDelegate(PenaltyService penalties) {
        this.penalties = penalties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> penalty = (Map<?, ?>) execution.getVariable("penalty");
        if (penalty == null || penalty.get("action") == null) {
            throw new IllegalStateException("penalty-catalog has no row for violation " + execution.getVariable("violation"));
        }
        String action = (String) penalty.get("action");
        int fine = penalty.get("fineYuan") == null ? 0 : ((Number) penalty.get("fineYuan")).intValue();
        boolean notice = Boolean.TRUE.equals(penalty.get("publicNotice"));
        penalties.propose(ConductVariables.entryId(execution.getVariable(ConductVariables.ENTRY_ID)),
                ((Number) execution.getVariable("priorCount")).intValue(), action, fine, notice);
        execution.setVariable("proposedAction", action);
        execution.setVariable("proposedFineYuan", fine);
        execution.setVariable("proposedPublicNotice", notice);
        execution.setVariable("proposedActionLabel", PenaltyAction.labelOf(action));
        // X12: HR's form starts from the proposal and may lighten it
        execution.setVariable("decidedAction", action);
        execution.setVariable("decidedFineYuan", fine);
        execution.setVariable("decidedPublicNotice", notice);
    }
}
