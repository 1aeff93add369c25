package io.baobei.filing;

/** The contract's {@code filingStatus} values. */
public enum FilingStatus {
    PENDING_APPROVAL,
    REJECTED,
    APPROVED,
    FOLLOWING,
    SIGNED,
    ARCHIVED,
    LAPSED,
    VOID,
    WITHDRAWN,
    IN_COLLISION;

    /** Whether a filing in this status still protects its customer. */
    public boolean protects() {
        return this == PENDING_APPROVAL || this == REJECTED || this == APPROVED || this == FOLLOWING || this == SIGNED;
    }
}
