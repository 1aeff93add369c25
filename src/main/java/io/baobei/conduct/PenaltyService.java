package io.baobei.conduct;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.filing.RepHandOver;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InputValues;
import io.baobei.platform.validation.InvalidInputException;

/**
 * Rules X1–X8, X11, X12: the ladder position from the ledger, the catalogue's proposal, HR's confirmation (or a
 * lighter penalty with a reason), and the effects of a confirmed penalty (suspension, dismissal and the hand-over
 * of the rep's work, the person and finance told).
 */
@Service
@Transactional
public class PenaltyService {

    private final ConductEntryRepository entries;
    private final SuspensionService suspensions;
    private final RepHandOver handOver;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final StaffDirectory staff;

    public PenaltyService(ConductEntryRepository entries, SuspensionService suspensions, RepHandOver handOver,
                          ApplicationEventPublisher publisher, Clock clock, StaffDirectory staff) {
        this.staff = staff;
        this.entries = entries;
        this.suspensions = suspensions;
        this.handOver = handOver;
        this.publisher = publisher;
        this.clock = clock;
    }

    public int priorCount(long entryId) {
        ConductEntry entry = entries.get(entryId);
        return entries.confirmedBefore(entryId, entry.person(), entry.code());
    }

    public void propose(long entryId, int priorCount, String action, int fineYuan, boolean publicNotice) {
        entries.propose(entryId, priorCount, action, fineYuan, publicNotice);
    }

    /**
     * HR confirms, confirms a lighter penalty (rule X12: a lighter action, a smaller fine or no public notice,
     * never heavier), or does not confirm; not confirming and lightening need a reason ({@code hrComment}).
     * The reporter is told the outcome.
     *
     * @return whether a penalty takes effect
     */
    public boolean decide(long entryId, String hrUser, Map<String, ?> values) {
        staff.requireMember(hrUser, Groups.HR_ADMIN, "确认处罚");
        ConductEntry entry = entries.get(entryId);
        if (!ConductEntry.PROPOSED.equals(entry.status())) {
            throw new InvalidInputException("entryId", "该记录已处理");
        }
        InputValues in = new InputValues(values);
        FieldErrors errors = new FieldErrors();
        boolean yes = in.isTrue("confirmed");
        String comment = in.optionalText("hrComment");
        boolean noReason = comment == null;
        if (!yes && noReason) {
            errors.add("hrComment", "不确认处罚时必须写明理由");
        }
        Penalty decided = yes ? decidedPenalty(entry, in, errors) : null;
        boolean lighter = decided != null && !decided.sameAs(entry);
        if (lighter && noReason && !errors.has("hrComment")) {
            errors.add("hrComment", "减轻处罚时必须写明理由");
        }
        errors.throwIfAny();
        if (lighter) {
            entries.lighten(entryId, decided.action().name(), decided.fineYuan(), decided.publicNotice());
        }
        entries.decide(entryId, yes ? ConductEntry.CONFIRMED : ConductEntry.DISMISSED, hrUser, noReason ? null : comment,
                OffsetDateTime.now(clock));
        publisher.publishEvent(new ConductEvents.ViolationDecided(entries.get(entryId)));
        return yes;
    }

    /** The penalty HR confirms: the proposal, or a lighter one given in the form; a heavier one is refused. */
    private static Penalty decidedPenalty(ConductEntry entry, InputValues in, FieldErrors errors) {
        PenaltyAction proposed = PenaltyAction.valueOf(entry.action());
        PenaltyAction action = proposed;
        String actionValue = in.optionalText("decidedAction");
        if (actionValue != null) {
            try {
                action = PenaltyAction.valueOf(actionValue);
            } catch (IllegalArgumentException e) {
                errors.add("decidedAction", "取值无效：" + Arrays.toString(PenaltyAction.values()));
            }
        }
        if (action.heavierThan(proposed)) {
            errors.add("decidedAction", "不能重于处罚目录建议的“" + proposed.label() + "”");
        }
        int proposedFine = entry.fineYuan() == null ? 0 : entry.fineYuan();
        int fine = proposedFine;
        Integer decidedFine = in.wholeNumber("decidedFineYuan", "应为整数（元）", errors);
        if (decidedFine != null) {
            fine = decidedFine;
            if (fine < 0 || fine > proposedFine) {
                errors.add("decidedFineYuan", "罚款应在 0 到建议的 " + proposedFine + " 元之间");
            }
        }
        boolean proposedNotice = Boolean.TRUE.equals(entry.publicNotice());
        boolean notice = proposedNotice;
        if (in.optionalText("decidedPublicNotice") != null) {
            notice = in.isTrue("decidedPublicNotice");
            if (notice && !proposedNotice) {
                errors.add("decidedPublicNotice", "处罚目录未建议通报批评，不能加重为通报批评");
            }
        }
        return new Penalty(action, fine, notice);
    }

    private record Penalty(PenaltyAction action, int fineYuan, boolean publicNotice) {

        boolean sameAs(ConductEntry entry) {
            return action.name().equals(entry.action()) && fineYuan == (entry.fineYuan() == null ? 0 : entry.fineYuan())
                    && publicNotice == Boolean.TRUE.equals(entry.publicNotice());
        }
    }

    public void recordDismissal(long entryId, String hrUser, Object note) {
        staff.requireMember(hrUser, Groups.HR_ADMIN, "办理辞退");
        String text = note == null ? "" : String.valueOf(note).trim();
        if (text.isEmpty()) {
            throw new InvalidInputException("dismissalNote", "请记录辞退处理情况");
        }
        entries.recordDismissal(entryId, hrUser + "：" + text);
    }

    /**
     * A confirmed penalty takes effect: suspension or dismissal stop filing, and the rep's open tasks and
     * customers go to their regional manager (X11); the person and finance are told.
     */
    public void apply(long entryId) {
        ConductEntry entry = entries.get(entryId);
        PenaltyAction action = PenaltyAction.valueOf(entry.action());
        if (action.stopsFiling()) {
            String reason = entry.suspensionReason();
            suspensions.suspend(entry.person(), reason, entry.id());
            handOver.handOverFrom(entry.person(), reason);
        }
        publisher.publishEvent(new ConductEvents.PenaltyConfirmed(entry));
    }
}
