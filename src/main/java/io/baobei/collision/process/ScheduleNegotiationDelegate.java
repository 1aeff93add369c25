package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.platform.calendar.WorkingCalendar;

/** {@code schedule-negotiation}: the reps have the working days of {@code collision-deadlines} to agree. */
@Component
public class ScheduleNegotiationDelegate implements JavaDelegate {

    private final WorkingCalendar calendar;
    private final Clock clock;

    public ScheduleNegotiationDelegate(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> deadlines = (Map<?, ?>) execution.getVariable(DEADLINES);
        LocalDate due = calendar.addWorkingDays(LocalDate.now(clock), ((Number) deadlines.get("negotiationWorkingDays")).intValue());
        execution.setVariable(NEGOTIATION_DUE, Date.from(due.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant()));
        execution.setVariable("negotiationDueDisplay", due + " 24:00");
    }
}
