package io.baobei.collision.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.collision.AssistService;

/** {@code record-assist-split}: the confirmed shares become the filing's owners; commission follows. */
@Component
public class RecordAssistSplitDelegate implements JavaDelegate {

    private final AssistService assists;

    public RecordAssistSplitDelegate(AssistService assists) {
        this.assists = assists;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> shares = (Map<?, ?>) execution.getVariable("shares");
        assists.settle((String) execution.getVariable("filingId"), ((Number) shares.get("shareFirst")).intValue(),
                ((Number) shares.get("shareSecond")).intValue(), (String) execution.getVariable("supervisor"));
    }
}
