package io.baobei.conduct;

/** What the ledger tells others: a violation to handle, a penalty that took effect, a reward granted. */
public final class ConductEvents {

    private ConductEvents() {
    }

    public record ViolationRecorded(long entryId) {
    }

    public record PenaltyConfirmed(ConductEntry entry) {
    }

    /** Rule X12: HR decided a violation case (confirmed, lightened or not confirmed); its reporter is told. */
    public record ViolationDecided(ConductEntry entry) {
    }

    public record RewardGranted(ConductEntry entry) {
    }

    public record Suspended(String person, String reason) {
    }
}
