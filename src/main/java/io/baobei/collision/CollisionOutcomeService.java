package io.baobei.collision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.customer.CustomerDataCipher;
import io.baobei.filing.Filing;
import io.baobei.filing.FilingOwnershipService;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.filing.OwnerShare;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InputValues;

/**
 * Rules C5–C10: how a collision case ends (negotiation, arbitration, the customer's choice, splits) and
 * that outcome applied to both filings.
 */
@Service
@Transactional
public class CollisionOutcomeService {

    private final CollisionRepository collisions;
    private final CollisionProposalRepository proposals;
    private final CollisionEventRepository events;
    private final FilingQueryService filings;
    private final FilingOwnershipService ownership;
    private final CustomerDataCipher cipher;
    private final StaffDirectory staff;
    private final CollisionAuthority authority;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public CollisionOutcomeService(CollisionRepository collisions, CollisionProposalRepository proposals,
                                   CollisionEventRepository events, FilingQueryService filings,
                                   FilingOwnershipService ownership, CustomerDataCipher cipher, StaffDirectory staff,
                                   CollisionAuthority authority, ApplicationEventPublisher publisher, Clock clock) {
        this.collisions = collisions;
        this.proposals = proposals;
        this.events = events;
        this.filings = filings;
        this.ownership = ownership;
        this.cipher = cipher;
        this.staff = staff;
        this.authority = authority;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * One rep's proposal (rule C5). {@code actor} is who completes the task, {@code rep} whose proposal it is
     * (the task's assignee): a rep proposes for themselves only.
     */
    public void recordProposal(String collisionId, String actor, String rep, Map<String, ?> values) {
        authority.requireNegotiator(collisionId, actor, rep);
        InputValues in = new InputValues(values);
        FieldErrors errors = new FieldErrors();
        Proposal proposal = in.constant("proposal", Proposal.class, errors);
        Integer split = percent(in, proposal == Proposal.SPLIT, errors);
        String statement = in.givenText("statement", 2000, true, errors);
        errors.throwIfAny();
        OffsetDateTime now = now();
        proposals.save(collisionId, new ProposalRecord(rep, proposal, proposal == Proposal.SPLIT ? split : null,
                cipher.encrypt(statement), now));
        events.record(collisionId, "PROPOSED", rep, now, proposal + (proposal == Proposal.SPLIT ? " " + split + "%" : ""));
    }

    /** Matching proposals of both reps are an agreement; anything else, or a missing one, goes to arbitration. */
    public Optional<Agreement> agreement(String collisionId) {
        Collision c = collisions.get(collisionId);
        List<ProposalRecord> made = proposals.of(collisionId);
        Optional<Agreement> agreed = Optional.empty();
        if (made.size() == 2) {
            ProposalRecord a = made.get(0);
            ProposalRecord b = made.get(1);
            boolean same = a.proposal() == b.proposal() && Objects.equals(a.splitFirstPercent(), b.splitFirstPercent());
            if (same && a.proposal() != Proposal.NO_AGREEMENT) {
                agreed = Optional.of(new Agreement(switch (a.proposal()) {
                    case KEEP_FIRST -> Resolution.FIRST;
                    case KEEP_SECOND -> Resolution.SECOND;
                    case SPLIT -> Resolution.SPLIT;
                    case NO_AGREEMENT -> throw new IllegalStateException();
                }, a.splitFirstPercent()));
            }
        }
        OffsetDateTime now = now();
        if (agreed.isPresent()) {
            events.record(collisionId, "AGREED", null, now, agreed.get().toString());
        } else {
            collisions.updateStatus(collisionId, CollisionStatus.ARBITRATING);
            events.record(collisionId, "NO_AGREEMENT", null, now, made.size() + " of 2 proposals, kind=" + c.kind());
        }
        return agreed;
    }

    /** Shown to the manager with the recommendation, so ownership can be explained later. */
    public String proposalsSummary(String collisionId) {
        Collision c = collisions.get(collisionId);
        List<ProposalRecord> made = proposals.of(collisionId);
        if (made.isEmpty()) {
            return "双方均未在期限内提交协商意见。";
        }
        // the statements may name the customer: they stay encrypted, readable at /api/collisions/{id}
        return made.stream().map(p -> "- " + staff.displayName(p.rep()) + (p.rep().equals(c.firstRep()) ? "（先报备）" : "（后报备）")
                        + "：" + p.proposal().label() + (p.splitFirstPercent() == null ? "" : "，先报备者 " + p.splitFirstPercent() + "%"))
                .collect(Collectors.joining("\n")) + "\n\n双方的情况说明见 [撞单详情](/api/collisions/" + collisionId + ")";
    }

    public void recordRecommendation(String collisionId, String owner, String reason, Map<String, Object> inputs) {
        collisions.recordRecommendation(collisionId, owner, reason, inputs.toString());
        events.record(collisionId, "RECOMMENDED", null, now(), owner + ": " + reason);
    }

    /** Rule C6: the manager may overrule the table's recommendation, with a written reason that is kept. */
    public ArbitrationDecision decide(String collisionId, String manager, Map<String, ?> values) {
        authority.requireArbitrator(collisionId, manager);
        Collision c = collisions.get(collisionId);
        InputValues in = new InputValues(values);
        FieldErrors errors = new FieldErrors();
        Resolution decision = in.constant("decision", Resolution.class, errors);
        if (decision == Resolution.SPLIT) {
            errors.add("decision", "仲裁结果只能是 FIRST、SECOND、SHARED 或 VOID_BOTH");
        }
        String reason = in.givenText("decisionReason", 2000, false, errors);
        if (decision != null && !decision.name().equals(c.recommendedOwner()) && reason == null) {
            errors.add("decisionReason", "与系统建议（" + c.recommendedOwner() + "）不同的裁决必须写明理由");
        }
        boolean customerLost = decision == Resolution.VOID_BOTH && Boolean.parseBoolean(String.valueOf(values.get("customerLost")));
        errors.throwIfAny();
        collisions.recordDecision(collisionId, manager, reason, customerLost);
        events.record(collisionId, "ARBITRATED", manager, now(), decision + (reason == null ? "" : ": " + reason));
        return new ArbitrationDecision(decision, customerLost);
    }

    /** The outcome on both filings, in one transaction with the case (rules C5–C9). */
    public void apply(String collisionId, Outcome outcome, String actor) {
        Collision c = collisions.get(collisionId);
        Resolution resolution = outcome.resolution();
        ResolvedBy resolvedBy = outcome.resolvedBy();
        int shareFirst = outcome.shareFirst();
        int shareSecond = outcome.shareSecond();
        boolean agreed = resolvedBy == ResolvedBy.NEGOTIATION;
        if (c.kind() == CollisionKind.CUSTOMER_CHOICE) {
            applyCustomerChoice(c, outcome, actor);
        } else {
            applyOwnership(c, outcome, actor);
        }
        OffsetDateTime now = now();
        collisions.resolve(collisionId, resolution, resolvedBy, shareFirst, shareSecond, now);
        events.record(collisionId, "RESOLVED", actor, now, resolution + " by " + resolvedBy + " " + shareFirst + "/" + shareSecond);
        reportConduct(collisions.get(collisionId));
        boolean decidesPay = agreed || resolvedBy == ResolvedBy.ARBITRATION;
        List<String> payroll = decidesPay ? payrollRecipients() : List.of();
        List<String> involved = new ArrayList<>(new LinkedHashSet<>(List.of(c.firstRep(), c.secondRep())));
        involved.addAll(staff.managersOf(c.region()));
        publisher.publishEvent(new CollisionResolved(collisionId, resolution, resolvedBy, shareFirst, shareSecond,
                List.copyOf(new LinkedHashSet<>(involved)), payroll));
    }

    private void applyOwnership(Collision c, Outcome outcome, String actor) {
        boolean agreed = outcome.resolvedBy() == ResolvedBy.NEGOTIATION;
        String first = c.firstFilingId();
        String second = c.secondFilingId();
        switch (outcome.resolution()) {
            case FIRST -> {
                if (second != null) {
                    closeLoser(second, first, agreed, actor, "撞单裁决归先报备者 " + c.id());
                }
            }
            case SECOND -> {
                ownership.takeOver(second, first, actor);
                closeLoser(first, second, agreed, actor, "撞单裁决归后报备者 " + c.id());
            }
            case SHARED, SPLIT -> {
                ownership.share(first, List.of(new OwnerShare(c.firstRep(), outcome.shareFirst()),
                        new OwnerShare(c.secondRep(), outcome.shareSecond())), "COLLISION", c.id(), actor);
                if (second != null) {
                    ownership.withdrawInFavourOf(second, first, actor);
                }
            }
            case VOID_BOTH -> {
                ownership.voidFiling(first, actor, "客户面前争执，双方报备作废 " + c.id());
                if (second != null) {
                    ownership.voidFiling(second, actor, "客户面前争执，双方报备作废 " + c.id());
                }
            }
        }
    }

    /**
     * Rule F8: the customer chose. The former rep's lapsed filing is reinstated with the other filing's
     * claims, or it stops standing in the way and the new filing is protected.
     */
    private void applyCustomerChoice(Collision c, Outcome outcome, String actor) {
        if (outcome.resolution() == Resolution.FIRST) {
            if (outcome.reinstatedProtectionDays() == null) {
                throw new IllegalStateException("Collision " + c.id() + ": no protection days for the reinstated filing");
            }
            ownership.reinstate(c.firstFilingId(), c.secondFilingId(), outcome.reinstatedProtectionDays(), actor);
            ownership.withdrawInFavourOf(c.secondFilingId(), c.firstFilingId(), actor);
        } else {
            ownership.forgetLapsed(c.firstFilingId());
            ownership.takeOver(c.secondFilingId(), c.firstFilingId(), actor);
        }
    }

    /** Rule F8: who the customer chose, recorded by the manager with how the choice was made. */
    public Resolution recordCustomerChoice(String collisionId, String manager, Map<String, ?> values) {
        authority.requireArbitrator(collisionId, manager);
        InputValues in = new InputValues(values);
        FieldErrors errors = new FieldErrors();
        Resolution choice = in.constant("customerChoice", Resolution.class, errors);
        if (choice != null && choice != Resolution.FIRST && choice != Resolution.SECOND) {
            errors.add("customerChoice", "客户只能选择 FIRST（原跟进销售）或 SECOND（新报备销售）");
        }
        String note = in.givenText("choiceNote", 2000, true, errors);
        errors.throwIfAny();
        collisions.recordDecision(collisionId, manager, note, false);
        events.record(collisionId, "CUSTOMER_CHOSE", manager, now(), choice.name());
        return choice;
    }

    /** Which message tells a filing's process the outcome, wherever that process stands. */
    public FilingNotice noticeFor(String collisionId, boolean firstFiling) {
        Collision c = collisions.get(collisionId);
        String filingId = firstFiling ? c.firstFilingId() : c.secondFilingId();
        if (filingId == null) {
            return null;
        }
        Filing filing = filings.get(filingId);
        if (c.kind() == CollisionKind.CUSTOMER_CHOICE && firstFiling && filing.status().protects()) {
            return new FilingNotice(filingId, FilingNotice.REINSTATED);
        }
        // ended by this collision (or lapsed before it): anything else goes on, an archived signed filing included
        if (filing.status() == FilingStatus.VOID || filing.status() == FilingStatus.WITHDRAWN
                || filing.status() == FilingStatus.LAPSED) {
            return new FilingNotice(filingId, FilingNotice.LOST);
        }
        boolean waitingForOutcome = !firstFiling && c.kind() != CollisionKind.REPORTED;
        return new FilingNotice(filingId, waitingForOutcome ? FilingNotice.DECIDED : FilingNotice.RESOLVED);
    }

    private void closeLoser(String loser, String winner, boolean agreed, String actor, String reason) {
        if (agreed) {
            ownership.withdrawInFavourOf(loser, winner, actor);
        } else {
            ownership.voidFiling(loser, actor, reason);
        }
    }

    /** C8/X2 unfiled reporter, C9 quarrel that lost the customer, X3 a late filing that caused the collision. */
    private void reportConduct(Collision c) {
        if (c.kind() == CollisionKind.CUSTOMER_CHOICE) {
            return; // nobody did wrong: the protection ran out
        }
        if (c.reporterUnfiled()) {
            publisher.publishEvent(ConductObserved.violation(c.secondRep(), "UNFILED_COLLISION", c.id(),
                    "未报备即接触已报备客户，撞单由其负主要责任"));
        }
        if (c.resolution() == Resolution.VOID_BOTH && c.customerLost()) {
            for (String rep : List.of(c.firstRep(), c.secondRep())) {
                publisher.publishEvent(ConductObserved.violation(rep, "CUSTOMER_PRESENT_DISPUTE", c.id(),
                        "在客户面前争执报备，导致客户流失"));
            }
        }
        if (c.secondFilingId() != null) {
            Filing second = filings.get(c.secondFilingId());
            if (second.late() && !second.lateExcused()) {
                publisher.publishEvent(ConductObserved.violation(c.secondRep(), "LATE_FILING_COLLISION", c.id(),
                        "晚报导致撞单"));
            }
        }
    }

    private List<String> payrollRecipients() {
        Set<String> people = new LinkedHashSet<>(staff.membersOf(Groups.HR_ADMIN));
        people.addAll(staff.membersOf(Groups.FINANCE));
        return List.copyOf(people);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static Integer percent(InputValues in, boolean required, FieldErrors errors) {
        Integer percent = in.wholeNumber("splitFirstPercent", "应为 0 到 100 的整数", errors);
        if (percent == null) {
            if (required && !errors.has("splitFirstPercent")) {
                errors.add("splitFirstPercent", "按比例分成时必须填写先报备者的比例");
            }
            return null;
        }
        if (percent < 0 || percent > 100) {
            errors.add("splitFirstPercent", "比例应在 0 到 100 之间");
            return null;
        }
        return percent;
    }
}
