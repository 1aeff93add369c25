package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import io.baobei.platform.security.WithoutAuthorization;

/**
 * The timers on the protected filing: {@code protection-lapsed} at the end of protection and
 * {@code protection-expiry-warning} the {@code protectionWarningDays} of {@code filing-deadlines} before it
 * (rule F8b). Both due dates were fixed when the protected scope was entered, so they are moved here
 * when the protection end moves (deposit, signing). A warning already sent is not sent again.
 */
@Component
public class ProtectionTimer {

    static final String TIMER_ID = "protection-lapsed";
    static final String WARNING_TIMER_ID = "protection-expiry-warning";

    private final ManagementService managementService;
    private final WithoutAuthorization withoutAuthorization;

    public ProtectionTimer(ManagementService managementService, WithoutAuthorization withoutAuthorization) {
        this.managementService = managementService;
        this.withoutAuthorization = withoutAuthorization;
    }

    /** Sets the warning date for the timer to come; the lapse date is {@code protectedUntil} itself. */
    public void schedule(DelegateExecution execution, OffsetDateTime protectedUntil) {
        execution.setVariable(PROTECTION_WARNING_AT, warningAt((Map<?, ?>) execution.getVariable(DEADLINES), protectedUntil));
    }

    /** @param deadlines the result of {@code filing-deadlines} */
    static Date warningAt(Map<?, ?> deadlines, OffsetDateTime protectedUntil) {
        return date(protectedUntil.minusDays(((Number) deadlines.get("protectionWarningDays")).intValue()));
    }

    public void moveTo(DelegateExecution execution, OffsetDateTime protectedUntil) {
        schedule(execution, protectedUntil);
        Date warningAt = (Date) execution.getVariable(PROTECTION_WARNING_AT);
        withoutAuthorization.run(() -> {
            move(execution.getProcessInstanceId(), TIMER_ID, date(protectedUntil));
            move(execution.getProcessInstanceId(), WARNING_TIMER_ID, warningAt);
        });
    }

    private void move(String processInstanceId, String timerId, Date dueDate) {
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(timerId).singleResult();
        if (timer != null) {
            managementService.setJobDuedate(timer.getId(), dueDate);
        }
    }
}
