package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingAuthority;
import io.baobei.filing.FilingRegistrationService;
import io.baobei.filing.FilingRequest;
import io.baobei.platform.engine.TaskActor;
import io.baobei.platform.validation.InvalidInputException;

/** Completing {@code revise-filing}: a resubmission stores the corrected data, validated like a new filing. */
@Component
public class RevisionListener implements TaskListener {

    private final FilingRegistrationService registration;
    private final FilingAuthority authority;

    public RevisionListener(FilingRegistrationService registration, FilingAuthority authority) {
        this.registration = registration;
        this.authority = authority;
    }

    @Override
    public void notify(DelegateTask task) {
        String filingId = task.getExecution().getProcessBusinessKey();
        authority.requireFiler(filingId, TaskActor.of(task)); // withdrawing too
        Object resubmit = task.getVariable(RESUBMIT);
        if (!(resubmit instanceof Boolean) && !"true".equals(resubmit) && !"false".equals(resubmit)) {
            throw new InvalidInputException(RESUBMIT, "必填：true 重新提交，false 撤回");
        }
        boolean again = Boolean.parseBoolean(String.valueOf(resubmit));
        task.setVariable(RESUBMIT, again);
        if (!again) {
            return;
        }
        Map<String, Object> submitted = task.getVariables();
        FilingRequest revised = registration.revise(filingId, TaskActor.of(task), submitted);
        MaskedCustomerVariables.write(task.getExecution(), revised.customer(), revised.expectedAmount());
        task.setVariable(FILING_STATUS, "PENDING_APPROVAL");
    }
}
