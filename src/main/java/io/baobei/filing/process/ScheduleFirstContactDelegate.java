package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.time.Clock;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.FollowUpService;
import io.baobei.filing.FollowUpService.FirstContactSchedule;

/** {@code schedule-first-contact}: due dates for first contact and escalation from {@code filing-deadlines}. */
@Component
public class ScheduleFirstContactDelegate implements JavaDelegate {

    private final FollowUpService followUps;
    private final Clock clock;

    public ScheduleFirstContactDelegate(FollowUpService followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> deadlines = (Map<?, ?>) execution.getVariable(DEADLINES);
        FirstContactSchedule schedule = followUps.scheduleFirstContact(
                ((Number) deadlines.get("firstContactHours")).intValue(),
                ((Number) deadlines.get("escalationHours")).intValue());
        execution.setVariable(FIRST_CONTACT_DUE, date(schedule.contactDue()));
        execution.setVariable(FIRST_CONTACT_DUE_DISPLAY, display(schedule.contactDue(), clock.getZone()));
        execution.setVariable(ESCALATION_DUE, date(schedule.escalationDue()));
        execution.setVariable(FIRST_CONTACT_MADE, false);
        // F9b: the follow-up form tells the follower the contract deadline from the same table
        execution.setVariable(CONTRACT_REPORT_WORKING_DAYS, ((Number) deadlines.get("contractReportWorkingDays")).intValue());
    }
}
