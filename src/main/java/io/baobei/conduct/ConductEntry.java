package io.baobei.conduct;

import java.time.OffsetDateTime;

/**
 * One line of a person's ledger (rule X8): a violation or a reward, its evidence, and for a violation the
 * penalty catalogue's proposal ({@code proposed…}) and the penalty in force ({@code action}, {@code fineYuan},
 * {@code publicNotice}: the proposal, or the lighter one HR confirmed, X12). One entry is one incident, of
 * {@code customerCount} customers (X5b).
 */
public record ConductEntry(long id, String person, String kind, String code, String evidenceType, String evidenceId,
                           String detail, String status, String reportedBy, OffsetDateTime reportedAt, Integer priorCount,
                           String action, Integer fineYuan, Boolean publicNotice, String decidedBy,
                           OffsetDateTime decidedAt, String decisionComment, int customerCount,
                           String proposedAction, Integer proposedFineYuan, Boolean proposedPublicNotice) {

    public static final String VIOLATION = "VIOLATION";
    public static final String REWARD = "REWARD";

    public static final String REPORTED = "REPORTED";
    public static final String PROPOSED = "PROPOSED";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String DISMISSED = "DISMISSED";
    public static final String GRANTED = "GRANTED";
}
