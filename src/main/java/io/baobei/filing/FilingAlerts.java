package io.baobei.filing;

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

    /** Rule F9: the signed contract was not reported within the working days. */
    public record ContractReportOverdue(String filingId, String follower, String region) {
    }

    /** Rule X1: a manager found the filing false while approving it. */
    public record FalseFilingMarked(String filingId, String filer, String manager, String reason) {
    }
}
