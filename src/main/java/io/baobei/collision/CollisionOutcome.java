package io.baobei.collision;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Rule C13: how a case ended, for finance: who keeps the customer with which shares, who decided and why.
 * Without the report and the reps' statements, which may name the customer.
 */
public record CollisionOutcome(String collisionId, CollisionKind kind, CollisionStatus status, String firstFilingId,
                               String secondFilingId, Rep first, Rep second, Resolution resolution, ResolvedBy resolvedBy,
                               Integer shareFirst, Integer shareSecond, String recommendedOwner,
                               String recommendationReason, Rep decidedBy, String decisionReason,
                               OffsetDateTime resolvedAt, List<ProposalMade> proposals) {

    public record Rep(String id, String name) {
    }

    public record ProposalMade(String rep, Proposal proposal, Integer splitFirstPercent, OffsetDateTime submittedAt) {
    }
}
