package io.baobei.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.platform.engine.TaskActor;
import io.baobei.reporting.CollisionReviewService;

/** Completing {@code review-collisions}: the region's causes and measures are kept with the review. */
@Component
public class ReviewMeasuresListener implements TaskListener {

    private final CollisionReviewService reviews;

    public ReviewMeasuresListener(CollisionReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        reviews.recordMeasures((String) task.getVariable("period"), (String) task.getVariable("reviewRegion"), TaskActor.of(task),
                task.getVariables());
    }
}
