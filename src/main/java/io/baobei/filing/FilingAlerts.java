package io.baobei.filing;

import java.time.LocalDate;
import java.util.List;

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

    /** Rule X1: a manager found the filing false while approving it. */
    public record FalseFilingMarked(String filingId, String filer, String manager, String reason) {
    }

    /** Rule X11: a dismissed or suspended rep's filings and open tasks went to their regional manager. */
    public record RepHandedOver(String rep, String manager, String reason, List<String> filingIds, int tasks) {
    }
}
