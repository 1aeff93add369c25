package io.baobei.filing;

/** What happened to a filing; every state change is one event (who, when, what). */
public enum FilingEventType {
    FILED,
    FILED_LATE,
    COLLISION_DETECTED,
    COLLISION_REPORTED,
    CUSTOMER_TAKEN_OVER,
    OWNERSHIP_SHARED,
    VOIDED,
    REINSTATED,
    CUSTOMER_DATA_CHANGED,
    CUSTOMER_DATA_ERASED,
    /** Re-indexing the matching keys (V11) found the customer protected by an earlier filing: this one lost its protection. */
    PROTECTION_LOST_ON_REINDEX,
    APPROVED_FIRST_LEVEL,
    APPROVED,
    REJECTED,
    LATE_EXCUSED,
    REVISED,
    WITHDRAWN,
    FOLLOWER_ASSIGNED,
    FOLLOWER_CHANGED,
    HANDED_OVER,
    FOLLOWED_UP,
    FIRST_CONTACT_REMINDER,
    FIRST_CONTACT_ESCALATED,
    ESCALATION_HANDLED,
    PROTECTION_EXTENDED,
    SIGNED,
    CONTRACT_REPORTED,
    CONTRACT_REPORT_OVERDUE,
    ARCHIVED,
    LOST,
    LAPSED,
    CUSTOMER_RELEASED
}
