package io.baobei.conduct.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.conduct.PenaltyService;

/** {@code apply-penalty}: the confirmed penalty takes effect. */
@Component
public class ApplyPenaltyDelegate implements JavaDelegate {

    private final PenaltyService penalties;

    public ApplyPenaltyDelegate(PenaltyService penalties) {
        this.penalties = penalties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        penalties.apply(ConductVariables.entryId(execution.getVariable(ConductVariables.ENTRY_ID)));
    }
}
