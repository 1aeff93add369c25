package io.baobei.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.reporting.CollisionReviewService;

/**
 * {@code compile-collision-figures}: the month asked for (start form) or, from the monthly timer, the month
 * before; the figures are stored and the case is named after the period.
 */
@Component
public class CompileCollisionReviewDelegate implements JavaDelegate {

    private final CollisionReviewService reviews;

    public CompileCollisionReviewDelegate(CollisionReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object asked = execution.getVariable("period");
        String period = (asked == null || String.valueOf(asked).isBlank()) ? reviews.previousPeriod() : reviews.period(asked).toString();
        reviews.compile(reviews.period(period));
        execution.setVariable("period", period);
        execution.setProcessBusinessKey(period);
    }
}
