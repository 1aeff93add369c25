package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.collision.CollisionCaseService;

/** {@code announce-collision}: both reps and both regions' managers are told at once (rule C4). */
@Component
public class AnnounceCollisionDelegate implements JavaDelegate {

    private final CollisionCaseService collisions;

    public AnnounceCollisionDelegate(CollisionCaseService collisions) {
        this.collisions = collisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        collisions.announce((String) execution.getVariable(COLLISION_ID));
    }
}
