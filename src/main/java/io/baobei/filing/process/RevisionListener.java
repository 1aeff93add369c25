package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingAuthority;
import io.baobei.filing.FilingDisplay;
import io.baobei.filing.FilingRegistrationService;
import io.baobei.filing.FilingRegistrationService.Revision;
import io.baobei.filing.StartVariables;
import io.baobei.platform.engine.TaskActor;
import io.baobei.platform.validation.InvalidInputException;

/**
 * Completing {@code revise-filing}: a resubmission stores the corrected data, validated like a new filing; the
 * submitted fields leave the case again, and the display shows the revised filing.
 */
@Component
public class RevisionListener implements TaskListener {

    private final FilingRegistrationService registration;
    private final FilingAuthority authority;
    private final Clock clock;

    public RevisionListener(FilingRegistrationService registration, FilingAuthority authority, Clock clock) {
        this.registration = registration;
        this.authority = authority;
        this.clock = clock;
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
        Map<String, Object> values = task.getVariables();
        Set<String> submitted = new HashSet<>(values.keySet());
        submitted.retainAll(StartVariables.FIELDS);
        submitted.forEach(task.getExecution()::removeVariable);
        if (again) {
            Revision revision = registration.revise(filingId, TaskActor.of(task), values);
            FilingDisplay shown = DisplayVariable.read(task.getExecution());
            DisplayVariable.write(task.getExecution(), FilingDisplay.of(revision.request(), (String) shown.get(FilingDisplay.FILER_NAME),
                    revision.late(), clock.getZone()).with(shown));
            task.setVariable(FILING_STATUS, revision.status().name());
            DecisionInputs.set(task.getExecution(), revision.request(), submitted); // route-approval is next
        }
    }
}
