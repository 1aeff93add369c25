package io.baobei.filing.process;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import io.baobei.platform.security.WithoutAuthorization;

/**
 * Moves the {@code protection-lapsed} timer when the protection end moves (deposit, signing): the
 * boundary timer's due date was fixed when the protected scope was entered.
 */
@Component
public class ProtectionTimer {

    static final String TIMER_ID = "protection-lapsed";

    private final ManagementService managementService;
    private final WithoutAuthorization withoutAuthorization;

    public ProtectionTimer(ManagementService managementService, WithoutAuthorization withoutAuthorization) {
        this.managementService = managementService;
        this.withoutAuthorization = withoutAuthorization;
    }

    public void moveTo(String processInstanceId, Date protectedUntil) {
        withoutAuthorization.run(() -> {
            Job timer = managementService.createJobQuery()
                    .processInstanceId(processInstanceId)
                    .activityId(TIMER_ID)
                    .singleResult();
            if (timer != null) {
                managementService.setJobDuedate(timer.getId(), protectedUntil);
            }
        });
    }
}
