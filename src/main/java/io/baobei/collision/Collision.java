package io.baobei.collision;

import java.time.OffsetDateTime;

/**
 * A collision case: the protected (first) filing, the later (second) filing or, for a rep who reported
 * without having filed, only that rep; what the rules recommended and how it ended.
 */
public record Collision(
        String id,
        CollisionKind kind,
        CollisionStatus status,
        String firstFilingId,
        String secondFilingId,
        String firstRep,
        String secondRep,
        String reportedBy,
        String region,
        String recommendedOwner,
        String recommendationReason,
        String recommendationInputs,
        Resolution resolution,
        ResolvedBy resolvedBy,
        String decidedBy,
        String decisionReason,
        boolean customerLost,
        Integer shareFirst,
        Integer shareSecond,
        OffsetDateTime createdAt,
        OffsetDateTime resolvedAt) {

    /** A rep who never filed has no claim (rule C8). */
    public boolean reporterUnfiled() {
        return secondFilingId == null;
    }

    public boolean involves(String rep) {
        return rep.equals(firstRep) || rep.equals(secondRep);
    }
}
