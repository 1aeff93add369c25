package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.PROTECTION_DAYS;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * End of {@code determine-protection-period}: the decision's {@code protectionDays} for {@code start-protection},
 * which follows in the same transaction, as a transient variable. The case never stores it: the protection's end
 * is stored in the filing row and {@code protectedUntil}.
 */
@Component
public class ProtectionDaysResult implements ExecutionListener {

    /** The engine's transient name for the result of the decision a business rule task just evaluated. */
    private static final String DECISION_RESULT = "decisionResult";

    @Override
    public void notify(DelegateExecution execution) {
        DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(DECISION_RESULT);
        Number days = result.getSingleResult().getEntry(PROTECTION_DAYS);
        execution.setVariable(PROTECTION_DAYS, Variables.integerValue(days.intValue(), true));
    }
}
