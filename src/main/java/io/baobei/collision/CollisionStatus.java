package io.baobei.collision;

/** Where a collision case stands. */
public enum CollisionStatus {
    NEGOTIATING,
    ARBITRATING,
    AWAITING_CHOICE,
    RESOLVED
}
