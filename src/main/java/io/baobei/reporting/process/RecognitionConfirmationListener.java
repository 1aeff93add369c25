package io.baobei.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.platform.engine.TaskActor;
import io.baobei.reporting.RecognitionService;

/**
 * Completing {@code confirm-recognition} (X9): HR's confirmed reps get the {@code EXCELLENT_FILING} reward in
 * the ledger (which tells them and finance); the others are declined with HR's reason.
 */
@Component
public class RecognitionConfirmationListener implements TaskListener {

    private final RecognitionService recognition;

    public RecognitionConfirmationListener(RecognitionService recognition) {
        this.recognition = recognition;
    }

    @Override
    public void notify(DelegateTask task) {
        var rewarded = recognition.decide((String) task.getVariable("period"), TaskActor.of(task),
                task.getVariable("confirmedReps"), task.getVariable("recognitionNote"));
        task.setVariable("rewardedCount", rewarded.size());
    }
}
