package io.baobei.datarequest.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.datarequest.DataRequestService;

/** {@code apply-data-request}: the approved change or deletion on every filing of the customer. */
@Component
public class ApplyDataRequestDelegate implements JavaDelegate {

    private final DataRequestService requests;

    public ApplyDataRequestDelegate(DataRequestService requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.apply((String) execution.getVariable("requestId"), (String) execution.getVariable("initiator"));
    }
}
