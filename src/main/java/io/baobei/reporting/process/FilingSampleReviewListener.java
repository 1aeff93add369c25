package io.baobei.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.platform.engine.TaskActor;
import io.baobei.reporting.FilingSampleReviewService;

/**
 * Completing {@code review-filing-sample} (M4): every sampled filing is recorded as reviewed; each one in
 * {@code falseFilings} is a {@code FALSE_FILING} violation (X1) in the ledger, which opens HR's case.
 */
@Component
public class FilingSampleReviewListener implements TaskListener {

    private final FilingSampleReviewService reviews;

    public FilingSampleReviewListener(FilingSampleReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        var found = reviews.recordReview((String) task.getVariable("period"), TaskActor.of(task), task.getVariables());
        task.setVariable("falseFilingCount", found.size());
    }
}
