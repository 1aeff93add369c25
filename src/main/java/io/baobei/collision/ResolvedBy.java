package io.baobei.collision;

/** How a collision was settled. */
public enum ResolvedBy {
    NEGOTIATION,
    ARBITRATION,
    UNFILED_RULE,
    CUSTOMER_CHOICE
}
