package io.baobei.collision;

import java.time.OffsetDateTime;
import java.util.List;

/** Everything about a case, for the reps involved, their managers and administration. */
public record CollisionView(Collision collision, String reportStatement, List<ProposalView> proposals,
                            List<CollisionEvent> timeline) {

    public record ProposalView(String rep, Proposal proposal, Integer splitFirstPercent, String statement,
                               OffsetDateTime submittedAt) {
    }
}
