package io.baobei.conduct;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.function.Function;

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

    /** The violation or reward as people read it. */
    public String codeLabel() {
        return VIOLATION.equals(kind) ? label(Violation.class, code, Violation::label, "其他违规")
                : label(RewardKind.class, code, RewardKind::label, "其他奖励");
    }

    /** The penalty as people read it; null while none is proposed. */
    public String actionLabel() {
        return action == null ? null : label(PenaltyAction.class, action, PenaltyAction::label, "其他处理");
    }

    /** Why a suspending or dismissing penalty stops the person from filing, as they are told. */
    public String suspensionReason() {
        return actionLabel() + "（" + codeLabel() + "，记录 " + id + "）";
    }

    public String evidenceLabel() {
        return label(EvidenceType.class, evidenceType, EvidenceType::label, "依据");
    }

    /** A code this version does not know (a newer table's) still reads as words, never as the code. */
    private static <E extends Enum<E>> String label(Class<E> type, String code, Function<E, String> label, String unknown) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst().map(label).orElse(unknown);
    }
}
