package io.baobei.filing;

import java.time.LocalDate;
import java.util.List;
import java.time.OffsetDateTime;

/**
 * What the filing flow tells others about, published inside its transaction; notification and conduct
 * listen (the filing package knows neither).
 */
public final class FilingAlerts {

    private FilingAlerts() {
    }

    /** Rule F6: first contact is overdue; the follower is reminded. */
    public record FollowerReminded(String filingId, String follower) {
    }

    /** Rule F6: still no first contact after the reminder; the region's managers take it up. */
    public record MissedContactEscalated(String filingId, String follower, String region) {
    }

    /** Rules F9/F9b: the signed contract was not reported within the working days ({@code filing-deadlines}). */
    public record ContractReportOverdue(String filingId, String follower, String region, int workingDays, LocalDate due) {
    }

    /** Rule F5b: the filing has waited {@code hours} for its regional manager's approval; they are reminded. */
    public record ApprovalReminderDue(String filingId, String region, int hours) {
    }

    /** Rule F5b: still not approved after {@code hours}; sales management is told. */
    public record ApprovalOverdue(String filingId, String region, int hours) {
    }

    /** Rule F5c: approved at the last level; the filer may start selling. */
    public record FilingApproved(String filingId, String filer) {
    }

    /** Rule F5c: rejected, with the approver's suggestion. */
    public record FilingRejected(String filingId, String filer, String suggestion) {
    }

    /** Rule F5c: the manager assigned a follower. */
    public record FollowerAssigned(String filingId, String filer, String follower) {
    }

    /** Rule F8b: protection runs out soon; the filer and the follower (when there is one) are warned. */
    public record ProtectionEnding(String filingId, String filer, String follower, OffsetDateTime protectedUntil) {
    }

    /** Rule X1: a manager found the filing false while approving it. */
    public record FalseFilingMarked(String filingId, String filer, String manager, String reason) {
    }

    /** Rule X11: a dismissed or suspended rep's filings and open tasks went to their regional manager. */
    public record RepHandedOver(String rep, String manager, String reason, List<String> filingIds, int tasks) {
    }
}
