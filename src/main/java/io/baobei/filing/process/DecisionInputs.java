package io.baobei.filing.process;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import io.baobei.filing.Filing;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingRequest;

/**
 * The inputs of the filing's decision tables ({@code protection-period}, {@code filing-deadlines},
 * {@code approval-routing}): customer type, stage, region and expected amount. They are given to the engine as
 * transient variables, never written to the case: registration sets them from the request, and this start
 * listener of each decision reached in a later transaction reads them from the filing row (a revision may have
 * changed the amount). A value the case holds (a stage a follow-up recorded) is left as it is.
 *
 * <p>A start form or a revision hands the engine stored variables of the same names, removed once read; the
 * engine refuses a transient variable of a name removed in the same transaction, so those are stored again with
 * the checked value and leave the case when {@code route-approval}, the last decision before the approval task,
 * ends (this listener's end event), or at once when the filing collided.
 */
@Component
public class DecisionInputs implements ExecutionListener {

    static final List<String> NAMES = List.of("customerType", "customerStage", "region", "expectedAmount");

    private final FilingQueryService filings;

    public DecisionInputs(FilingQueryService filings) {
        this.filings = filings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (EVENTNAME_END.equals(execution.getEventName())) {
            forget(execution);
        } else if (!execution.hasVariable(NAMES.get(0))) {
            Filing f = filings.get(execution.getProcessBusinessKey());
            set(execution, inputs(f.customerType().name(), f.customerStage().name(), f.region(), f.expectedAmount()), List.of());
        }
    }

    static void set(VariableScope scope, FilingRequest request, Collection<String> removedInThisTransaction) {
        set(scope, inputs(request.customerType().name(), request.customerStage().name(), request.region(),
                request.expectedAmount()), removedInThisTransaction);
    }

    static void forget(VariableScope scope) {
        NAMES.forEach(scope::removeVariable);
    }

    private static Map<String, Object> inputs(String customerType, String customerStage, String region, BigDecimal amount) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("customerType", customerType);
        inputs.put("customerStage", customerStage);
        inputs.put("region", region);
        inputs.put("expectedAmount", amount == null ? null : amount.doubleValue());
        return inputs;
    }

    private static void set(VariableScope scope, Map<String, Object> inputs, Collection<String> removedInThisTransaction) {
        inputs.forEach((name, value) -> {
            if (!scope.hasVariable(name)) {
                boolean isTransient = !removedInThisTransaction.contains(name);
                scope.setVariable(name, "expectedAmount".equals(name)
                        ? Variables.doubleValue((Double) value, isTransient)
                        : Variables.stringValue((String) value, isTransient));
            }
        });
    }
}
