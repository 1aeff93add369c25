package io.baobei.filing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InputValues;
import io.baobei.platform.validation.InvalidInputException;

/** Rules F6 (a follower, first contact in time or escalation) and F7 (follow-up records). */
@Service
@Transactional
public class FollowUpService {

    private final FilingRepository filings;
    private final FilingEventRepository events;
    private final FollowUpRepository followUps;
    private final FilingCustomerData customerData;
    private final StaffDirectory staff;
    private final FilingShareRepository shares;
    private final FilingAccess access;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final FilingAuthority authority;

    public FollowUpService(FilingRepository filings, FilingEventRepository events, FollowUpRepository followUps,
                           FilingCustomerData customerData, StaffDirectory staff, FilingShareRepository shares,
                           FilingAccess access, ApplicationEventPublisher publisher, Clock clock, FilingAuthority authority) {
        this.authority = authority;
        this.filings = filings;
        this.events = events;
        this.followUps = followUps;
        this.customerData = customerData;
        this.staff = staff;
        this.shares = shares;
        this.access = access;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * The filer (whatever the customer's region), the co-owners, or a colleague from the customer's region; the
     * filer first.
     */
    public List<FollowerOption> followerCandidates(String filingId) {
        Filing filing = filings.get(filingId);
        Set<String> owners = new LinkedHashSet<>();
        owners.add(filing.filer());
        shares.of(filingId).stream().filter(s -> s.sharePercent() > 0).map(OwnerShare::rep).forEach(owners::add);
        Set<String> candidates = new LinkedHashSet<>(owners);
        candidates.addAll(staff.repsOf(filing.region()));
        return candidates.stream()
                .map(rep -> new FollowerOption(staff.displayName(rep) + (rep.equals(filing.filer()) ? "（报备人）"
                        : owners.contains(rep) ? "（共同所有人）" : ""), rep))
                .toList();
    }

    public FilingStatus assignFollower(String filingId, String manager, Object follower) {
        authority.requireRegionManager(filingId, manager);
        String chosen = requireCandidate(filingId, "follower", follower);
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.assignFollower(filingId, chosen, now);
        events.record(filingId, FilingEventType.FOLLOWER_ASSIGNED, manager, now, "follower=" + chosen);
        publisher.publishEvent(new FilingAlerts.FollowerAssigned(filingId, filings.get(filingId).filer(), chosen));
        return FilingStatus.FOLLOWING;
    }

    /** The follow-up task; an expected amount left empty is the filing's current one (the form shows it). */
    public FollowUpOutcome recordFollowUp(String filingId, String follower, Map<String, ?> values) {
        authority.requireFollower(filingId, follower);
        Map<String, Object> followUp = new HashMap<>(values);
        if (!new InputValues(values, clock.getZone()).isPresent("expectedAmount")) {
            followUp.put("expectedAmount", filings.get(filingId).expectedAmount());
        }
        return store(filingId, follower, followUp);
    }

    /**
     * Rules F6, F7: an owner of the customer (the filer, a co-owner after a shared outcome) or the follower records
     * a contact outside the follow-up task. A deposit, the signing or a loss moves the case, so they stay with the
     * follower's task.
     */
    public void recordContact(String filingId, Caller caller, Map<String, ?> values) {
        Filing filing = filings.get(filingId);
        if (!access.isOwner(caller, filing) && !caller.userId().equals(filing.follower())) {
            publisher.publishEvent(CustomerDataAccessed.denied(filingId, caller.userId(), CustomerDataAccessed.Action.CHANGE,
                    "POST /api/filings/" + filingId + "/follow-ups"));
            throw new AccessDeniedException("只有报备人、共同所有人和跟进人可以登记此客户的跟进记录");
        }
        if (filing.status() != FilingStatus.APPROVED && filing.status() != FilingStatus.FOLLOWING) {
            throw new InvalidInputException("filingId", "报备审批通过后、签约前才能登记跟进记录");
        }
        Object outcome = values.get("outcome");
        if (outcome != null && !FollowUpOutcome.CONTINUE.name().equals(String.valueOf(outcome).trim())) {
            throw new InvalidInputException("outcome", "定金、签约和流失由跟进人在跟进任务中登记");
        }
        Map<String, Object> contact = new HashMap<>(values);
        contact.put("outcome", FollowUpOutcome.CONTINUE.name());
        store(filingId, caller.userId(), contact);
    }

    private FollowUpOutcome store(String filingId, String author, Map<String, ?> values) {
        InputValues in = new InputValues(values, clock.getZone());
        FieldErrors errors = new FieldErrors();
        String note = in.text("followUpNote", 4000, true, errors);
        BigDecimal expectedAmount = in.amount("expectedAmount", errors);
        BigDecimal unitPrice = in.amount("unitPrice", errors);
        LocalDate expectedSignDate = in.date("expectedSignDate", false, errors);
        FollowUpOutcome outcome = in.enumValue("outcome", FollowUpOutcome.class, errors, true);
        errors.throwIfAny();

        OffsetDateTime now = OffsetDateTime.now(clock);
        followUps.insert(filingId, author, now, customerData.encryptText(note), outcome, expectedAmount, unitPrice,
                expectedSignDate);
        filings.recordFollowUp(filingId, expectedAmount, unitPrice, expectedSignDate, now);
        events.record(filingId, FilingEventType.FOLLOWED_UP, author, now, "outcome=" + outcome);
        publisher.publishEvent(new FilingDataChanged(filingId));
        return outcome;
    }

    /** A rep's recorded contacts with the customer of these filings before {@code before} (collision evidence, C6b). */
    public List<RecordedContact> contactsBefore(String rep, List<String> customerFilingIds, OffsetDateTime before) {
        return followUps.contactsBefore(rep, customerFilingIds, before);
    }

    /** When the follower must have made first contact, and when a miss goes to the manager. */
    public FirstContactSchedule scheduleFirstContact(int contactWithinHours, int escalateAfterHours) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new FirstContactSchedule(now.plusHours(contactWithinHours), now.plusHours(escalateAfterHours));
    }

    public record FirstContactSchedule(OffsetDateTime contactDue, OffsetDateTime escalationDue) {
    }

    public void remindFollower(String filingId) {
        Filing filing = filings.get(filingId);
        events.record(filingId, FilingEventType.FIRST_CONTACT_REMINDER, null, OffsetDateTime.now(clock),
                "follower=" + filing.follower());
        publisher.publishEvent(new FilingAlerts.FollowerReminded(filingId, filing.follower()));
    }

    public void escalateMissedContact(String filingId) {
        Filing filing = filings.get(filingId);
        events.record(filingId, FilingEventType.FIRST_CONTACT_ESCALATED, null, OffsetDateTime.now(clock),
                "follower=" + filing.follower());
        publisher.publishEvent(new FilingAlerts.MissedContactEscalated(filingId, filing.follower(), filing.region()));
    }

    /** The manager's answer to a missed first contact, optionally handing the customer to another follower. */
    public String handleEscalation(String filingId, String manager, Map<String, ?> values) {
        authority.requireRegionManager(filingId, manager);
        InputValues in = new InputValues(values, clock.getZone());
        FieldErrors errors = new FieldErrors();
        String note = in.text("escalationNote", 2000, true, errors);
        errors.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(clock);
        events.record(filingId, FilingEventType.ESCALATION_HANDLED, manager, now, note);
        if (!in.isPresent("newFollower")) {
            return null;
        }
        String newFollower = requireCandidate(filingId, "newFollower", values.get("newFollower"));
        filings.changeFollower(filingId, newFollower, now);
        events.record(filingId, FilingEventType.FOLLOWER_CHANGED, manager, now, "follower=" + newFollower);
        return newFollower;
    }

    private String requireCandidate(String filingId, String field, Object value) {
        String chosen = value == null ? "" : String.valueOf(value).trim();
        if (chosen.isEmpty()) {
            throw new InvalidInputException(field, "必填");
        }
        boolean candidate = followerCandidates(filingId).stream().anyMatch(option -> option.value().equals(chosen));
        if (!candidate) {
            throw new InvalidInputException(field, "跟进人必须是报备人、共同所有人或客户所在区域的销售人员");
        }
        return chosen;
    }
}
