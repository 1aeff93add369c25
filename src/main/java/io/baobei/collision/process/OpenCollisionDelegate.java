package io.baobei.collision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.collision.Collision;
import io.baobei.collision.CollisionKind;
import io.baobei.collision.CollisionCaseService;
import io.baobei.customer.KeyType;

/**
 * {@code open-collision} in {@code customer-filing}: the customer is protected by another rep's filing,
 * or its former rep is still following after a lapse (F8); a case is opened and {@code collision-resolution}
 * started.
 */
@Component
public class OpenCollisionDelegate implements JavaDelegate {

    private final CollisionCaseService collisions;
    private final CollisionProcessStarter starter;

    public OpenCollisionDelegate(CollisionCaseService collisions, CollisionProcessStarter starter) {
        this.collisions = collisions;
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String filer = (String) execution.getVariable("filer");
        CollisionKind kind = Boolean.TRUE.equals(execution.getVariable("formerOwnerFollowing")) ? CollisionKind.CUSTOMER_CHOICE
                : CollisionKind.matchedBy(KeyType.valueOf((String) execution.getVariable("matchedBy")));
        Collision collision = collisions.open((String) execution.getVariable("protectedByFilingId"),
                (String) execution.getVariable("filingId"), filer, kind, filer);
        starter.start(collision);
        execution.setVariable("collisionId", collision.id());
    }
}
