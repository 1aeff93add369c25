package io.baobei.filing;

/** What happened to a filing; every state change is one event (who, when, what). */
public enum FilingEventType {
    FILED,
    FILED_LATE,
    COLLISION_DETECTED,
    APPROVED_FIRST_LEVEL,
    APPROVED,
    REJECTED,
    LATE_EXCUSED,
    REVISED,
    WITHDRAWN,
    FOLLOWER_ASSIGNED,
    FOLLOWER_CHANGED,
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
