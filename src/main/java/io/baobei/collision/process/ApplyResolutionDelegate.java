package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.collision.CollisionOutcomeService;
import io.baobei.collision.Outcome;
import io.baobei.collision.Resolution;
import io.baobei.collision.ResolvedBy;

/** {@code apply-resolution}: ownership and commission shares on both filings, with the case closed. */
@Component
public class ApplyResolutionDelegate implements JavaDelegate {

    private final CollisionOutcomeService collisions;

    public ApplyResolutionDelegate(CollisionOutcomeService collisions) {
        this.collisions = collisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> shares = (Map<?, ?>) execution.getVariable(SHARES);
        if (shares == null || shares.get("shareFirst") == null) {
            throw new IllegalStateException("commission-share gave no shares for resolution " + execution.getVariable(RESOLUTION));
        }
        int shareFirst = ((Number) shares.get("shareFirst")).intValue();
        int shareSecond = ((Number) shares.get("shareSecond")).intValue();
        Number reinstatedDays = (Number) execution.getVariable("protectionDays");
        collisions.apply((String) execution.getVariable(COLLISION_ID), new Outcome(
                Resolution.valueOf((String) execution.getVariable(RESOLUTION)),
                ResolvedBy.valueOf((String) execution.getVariable(RESOLVED_BY)), shareFirst, shareSecond,
                reinstatedDays == null ? null : reinstatedDays.intValue()), null);
        execution.setVariable("shareFirst", shareFirst);
        execution.setVariable("shareSecond", shareSecond);
    }
}
