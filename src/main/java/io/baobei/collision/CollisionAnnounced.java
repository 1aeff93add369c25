package io.baobei.collision;

import java.util.List;

/** Rule C4: a collision is told at once to both reps and the managers of both filings' regions. */
public record CollisionAnnounced(String collisionId, CollisionKind kind, List<String> recipients) {
}
