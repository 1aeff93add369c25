package io.baobei.datarequest.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.customer.SensitiveVariables;
import io.baobei.datarequest.DataRequest;
import io.baobei.datarequest.DataRequestService;

/**
 * {@code record-data-request}: the customer's request is checked and kept (encrypted); what the start form
 * handed to the engine stays there masked only.
 */
@Component
public class RecordDataRequestDelegate implements JavaDelegate {

    private final DataRequestService requests;

    public RecordDataRequestDelegate(DataRequestService requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DataRequest request = requests.record(execution.getVariables(), (String) execution.getVariable("initiator"));
        execution.setProcessBusinessKey(request.id());
        execution.setVariable("requestId", request.id());
        execution.setVariable("affectedFilings", String.join("、", request.affectedFilings()));
        execution.getVariableNames().stream().filter(SensitiveVariables::contains).toList().forEach(name -> {
            Object value = execution.getVariable(name);
            if (value != null) {
                execution.setVariable(name, SensitiveVariables.maskUnlessMasked(name, String.valueOf(value)));
            }
        });
    }
}
