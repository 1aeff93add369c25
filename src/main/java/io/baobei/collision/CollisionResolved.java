package io.baobei.collision;

import java.util.List;

/**
 * A collision's outcome, for the reps and managers involved; an agreement or an arbitration also goes to
 * HR/administration and finance for payroll (rules C5, C13).
 */
public record CollisionResolved(String collisionId, Resolution resolution, ResolvedBy resolvedBy, int shareFirst,
                                int shareSecond, List<String> involved, List<String> payroll) {
}
