package io.baobei.conduct;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InvalidInputException;

/**
 * Rules X1–X8: the ladder position from the ledger, the catalogue's proposal, HR's confirmation, and the
 * effects of a confirmed penalty (suspension, dismissal, the person and finance told).
 */
@Service
@Transactional
public class PenaltyService {

    private final ConductEntryRepository entries;
    private final SuspensionService suspensions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public PenaltyService(ConductEntryRepository entries, SuspensionService suspensions, ApplicationEventPublisher publisher,
                          Clock clock) {
        this.entries = entries;
        this.suspensions = suspensions;
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

    /** HR confirms or dismisses; dismissing needs a comment. @return whether the penalty takes effect */
    public boolean decide(long entryId, String hrUser, Map<String, ?> values) {
        FieldErrors errors = new FieldErrors();
        Object confirmed = values.get("confirmed");
        boolean yes = Boolean.TRUE.equals(confirmed) || "true".equals(confirmed);
        String comment = values.get("hrComment") == null ? null : String.valueOf(values.get("hrComment")).trim();
        if (!yes && (comment == null || comment.isEmpty())) {
            errors.add("hrComment", "不确认处罚时必须写明理由");
        }
        errors.throwIfAny();
        ConductEntry entry = entries.get(entryId);
        if (!ConductEntry.PROPOSED.equals(entry.status())) {
            throw new InvalidInputException("entryId", "该记录已处理");
        }
        entries.decide(entryId, yes ? ConductEntry.CONFIRMED : ConductEntry.DISMISSED, hrUser,
                comment == null || comment.isEmpty() ? null : comment, OffsetDateTime.now(clock));
        return yes;
    }

    public void recordDismissal(long entryId, String hrUser, Object note) {
        String text = note == null ? "" : String.valueOf(note).trim();
        if (text.isEmpty()) {
            throw new InvalidInputException("dismissalNote", "请记录辞退处理情况");
        }
        entries.recordDismissal(entryId, hrUser + "：" + text);
    }

    /** A confirmed penalty takes effect: suspension or dismissal stop filing; the person and finance are told. */
    public void apply(long entryId) {
        ConductEntry entry = entries.get(entryId);
        if ("SUSPEND".equals(entry.action()) || "DISMISSAL".equals(entry.action())) {
            suspensions.suspend(entry.person(), entry.suspensionReason(), entry.id());
        }
        publisher.publishEvent(new ConductEvents.PenaltyConfirmed(entry));
    }
}
