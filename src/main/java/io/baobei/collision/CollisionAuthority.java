package io.baobei.collision;

import java.util.List;

import org.springframework.stereotype.Component;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.StaffDirectory;

/**
 * Who may decide on a collision, from the collision row and the staff directory, never from a process
 * variable: the two reps negotiate, the managers of the first (protected) filing's region arbitrate and
 * record a customer's choice. The BPMN names them through this bean (business key = collision id) and
 * {@link CollisionOutcomeService} asks again with the caller's identity.
 */
@Component("collisionAuthority")
public class CollisionAuthority {

    private final CollisionRepository collisions;
    private final StaffDirectory staff;

    public CollisionAuthority(CollisionRepository collisions, StaffDirectory staff) {
        this.collisions = collisions;
        this.staff = staff;
    }

    public List<String> negotiators(String collisionId) {
        Collision c = collisions.get(collisionId);
        return List.of(c.firstRep(), c.secondRep());
    }

    /** Candidate users of {@code arbitrate} and {@code record-customer-choice}, comma-separated. */
    public String arbitrators(String collisionId) {
        return String.join(",", staff.managersOf(collisions.get(collisionId).region()));
    }

    /** A rep proposes only for themselves, and only in a collision they are part of. */
    public void requireNegotiator(String collisionId, String actor, String proposingRep) {
        if (actor == null || !actor.equals(proposingRep) || !collisions.get(collisionId).involves(actor)) {
            throw new AccessDeniedException(actor + " 不能为撞单 " + collisionId + " 提交" + proposingRep + "的协商意见");
        }
    }

    public void requireArbitrator(String collisionId, String actor) {
        if (actor == null || !staff.managersOf(collisions.get(collisionId).region()).contains(actor)) {
            throw new AccessDeniedException(actor + " 不是撞单 " + collisionId + " 先报备方所在区域的经理，不能裁决");
        }
    }
}
