package io.baobei.filing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InputValues;

/**
 * Rules F3 (excusing a late filing), F5 (approve, or reject with a suggestion), F5b (approval deadline), F5c (the
 * filer is told) and X1b (void a false filing).
 */
@Service
@Transactional
public class FilingApprovalService {

    private final FilingRepository filings;
    private final FilingEventRepository events;
    private final FalseFilings falseFilings;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final FilingAuthority authority;

    public FilingApprovalService(FilingRepository filings, FilingEventRepository events, FalseFilings falseFilings,
                                 ApplicationEventPublisher publisher, Clock clock, FilingAuthority authority) {
        this.authority = authority;
        this.publisher = publisher;
        this.filings = filings;
        this.events = events;
        this.falseFilings = falseFilings;
        this.clock = clock;
    }

    /**
     * Records one approver's decision; refuses a rejection without a comment and an excused late
     * filing without a reason.
     *
     * @param anotherApprovalFollows whether sales management still has to approve after this one
     * @return approved at this level, rejected (to be revised) or void (found false, rule X1b)
     */
    public Approval decide(String filingId, ApprovalLevel level, String approver, Map<String, ?> decision,
                          boolean anotherApprovalFollows) {
        authority.requireApprover(filingId, level, approver);
        InputValues in = new InputValues(decision, clock.getZone());
        FieldErrors errors = new FieldErrors();
        Boolean approved = in.flag("approved", true, errors);
        String comment = in.text("approvalComment", 1000, false, errors);
        if (Boolean.FALSE.equals(approved) && comment == null && !errors.has("approvalComment")) {
            errors.add("approvalComment", "驳回时必须填写审批意见和修改建议");
        }
        boolean excused = level == ApprovalLevel.REGIONAL_MANAGER && Boolean.TRUE.equals(in.flag("lateExcused", false, errors));
        boolean markedFalse = level == ApprovalLevel.REGIONAL_MANAGER && Boolean.TRUE.equals(in.flag("falseFiling", false, errors));
        if (markedFalse && Boolean.TRUE.equals(approved)) {
            errors.add("falseFiling", "虚假报备不能审批通过");
        }
        String excuseReason = in.text("lateExcuseReason", 1000, false, errors);
        if (excused && excuseReason == null && !errors.has("lateExcuseReason")) {
            errors.add("lateExcuseReason", "准予晚报时必须写明理由");
        }
        errors.throwIfAny();

        Filing filing = filings.get(filingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (excused && filing.late()) {
            filings.excuseLateness(filingId, excuseReason);
            events.record(filingId, FilingEventType.LATE_EXCUSED, approver, now, excuseReason);
        }
        if (markedFalse) {
            falseFilings.voidAtApproval(filingId, approver, comment);
            return new Approval(Decision.VOIDED, FilingStatus.VOID);
        }
        if (!approved) {
            filings.updateStatus(filingId, FilingStatus.REJECTED, now);
            events.record(filingId, FilingEventType.REJECTED, approver, now, level + ": " + comment);
            publisher.publishEvent(new FilingAlerts.FilingRejected(filingId, filing.filer(), comment));
            return new Approval(Decision.REJECTED, FilingStatus.REJECTED);
        }
        if (anotherApprovalFollows) {
            events.record(filingId, FilingEventType.APPROVED_FIRST_LEVEL, approver, now, comment);
        } else {
            filings.updateStatus(filingId, FilingStatus.APPROVED, now);
            events.record(filingId, FilingEventType.APPROVED, approver, now, level + (comment == null ? "" : ": " + comment));
            publisher.publishEvent(new FilingAlerts.FilingApproved(filingId, filing.filer()));
        }
        return new Approval(Decision.APPROVED, anotherApprovalFollows ? FilingStatus.PENDING_APPROVAL : FilingStatus.APPROVED);
    }

    /** The decision and the filing's status after it (still pending while another approval follows). */
    public record Approval(Decision decision, FilingStatus status) {
    }

    /** What one approver's decision did to the filing. */
    public enum Decision {
        APPROVED,
        REJECTED,
        /** Rule X1b: found false, void at once; no revision. */
        VOIDED
    }

    /** Rule F5b: the filing has waited {@code hours} for its regional manager; the approvers are reminded. */
    public void remindApprovers(String filingId, int hours) {
        publisher.publishEvent(new FilingAlerts.ApprovalReminderDue(filingId, filings.get(filingId).region(), hours));
    }

    /** Rule F5b: still waiting after {@code hours}; sales management is told. */
    public void reportOverdueApproval(String filingId, int hours) {
        publisher.publishEvent(new FilingAlerts.ApprovalOverdue(filingId, filings.get(filingId).region(), hours));
    }
}
