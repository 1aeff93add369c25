package io.baobei.reporting.process;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.reporting.ReturnVisitService;

/**
 * {@code schedule-return-visit} (F11): the visit is due the {@code return-visit-interval} table's
 * {@code returnVisitDays} after the contract date; the timer {@code return-visit-due} waits for it.
 */
@Component
public class ScheduleReturnVisitDelegate implements JavaDelegate {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReturnVisitService visits;

    public ScheduleReturnVisitDelegate(ReturnVisitService visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object days = execution.getVariable("returnVisitDays");
        if (!(days instanceof Number number)) {
            throw new IllegalStateException("return-visit-interval gave no returnVisitDays for customer type "
                    + execution.getVariable("customerType"));
        }
        OffsetDateTime due = visits.schedule((String) execution.getVariable("filingId"),
                LocalDate.parse((String) execution.getVariable("contractDate")), number.intValue(),
                execution.getProcessInstanceId());
        execution.setVariable("returnVisitDue", Date.from(due.toInstant()));
        execution.setVariable("returnVisitDueDisplay", due.format(DISPLAY));
    }
}
