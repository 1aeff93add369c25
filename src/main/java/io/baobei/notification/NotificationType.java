package io.baobei.notification;

/** What a message is about; configuration routes each type to its channels. */
public enum NotificationType {
    COLLISION_ANNOUNCED,
    COLLISION_RESOLVED,
    PAYROLL_RECORD,
    FOLLOW_UP_REMINDER,
    CONTACT_ESCALATED,
    CONTRACT_REPORT_OVERDUE,
    APPROVAL_REMINDER,
    APPROVAL_OVERDUE,
    FILING_APPROVED,
    FILING_REJECTED,
    FOLLOWER_ASSIGNED,
    PROTECTION_ENDING,
    PENALTY,
    FINE,
    REWARD,
    PUBLIC_NOTICE,
    SUSPENSION,
    /** X12: the outcome of a violation case, to whoever reported it. */
    VIOLATION_OUTCOME,
    /** X11: a dismissed or suspended rep's work, to their manager. */
    HAND_OVER
}
