package io.baobei.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.reporting.CollisionReviewService;

/** Creating {@code review-collisions}: the region's own figures, shown in the manager's form. */
@Component
public class RegionReviewSummaryListener implements TaskListener {

    private final CollisionReviewService reviews;

    public RegionReviewSummaryListener(CollisionReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        String region = (String) task.getVariable("reviewRegion");
        task.setVariableLocal("regionFigures", reviews.regionSummary((String) task.getVariable("period"), region));
    }
}
