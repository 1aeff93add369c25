package io.baobei.collision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.filing.Filing;
import io.baobei.filing.FilingAuthority;
import io.baobei.filing.FilingOwnershipService;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.filing.OwnerShare;
import io.baobei.filing.SameCustomer;
import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InputValues;
import io.baobei.platform.validation.InvalidInputException;

/**
 * Rule C12: colleagues help close a valid filing's deal; on signing the filer, the helper and the
 * supervisor agree the commission split, which the commission entries then follow.
 */
@Service
@Transactional
public class AssistService {

    private static final String NOT_A_PERCENT = "请填写报备人应得的提成比例（0–100 的整数）";

    private final AssistRepository assists;
    private final FilingQueryService filings;
    private final CollisionRepository collisions;
    private final SameCustomer sameCustomer;
    private final FilingOwnershipService ownership;
    private final CommissionService commissions;
    private final StaffDirectory staff;
    private final FilingAuthority filingAuthority;
    private final Clock clock;

    public AssistService(AssistRepository assists, FilingQueryService filings, CollisionRepository collisions,
                         SameCustomer sameCustomer, FilingOwnershipService ownership, CommissionService commissions,
                         StaffDirectory staff, FilingAuthority filingAuthority, Clock clock) {
        this.assists = assists;
        this.filings = filings;
        this.collisions = collisions;
        this.sameCustomer = sameCustomer;
        this.ownership = ownership;
        this.commissions = commissions;
        this.staff = staff;
        this.filingAuthority = filingAuthority;
        this.clock = clock;
    }

    /**
     * The helper must be a rep of a region the filer is a rep of (help is given by the colleagues who work
     * the same customers); an unknown, inactive or other region's filing gets one and the same refusal. So does
     * a rep with a stake of their own in the customer (rule C6b): party to a collision with the filing or
     * filer of the same customer, their "help" would buy them a share of a customer they are contesting.
     */
    public Assist register(String filingId, String helper, String note) {
        if (!staff.isRep(helper)) {
            throw new InvalidInputException("helper", "只有销售人员可以登记协助");
        }
        Filing filing = filings.find(filingId).orElseThrow(FilingNotAssistableException::new);
        if (!filing.status().protects() || filing.status() == FilingStatus.SIGNED || !sameRegion(filing.filer(), helper)) {
            throw new FilingNotAssistableException();
        }
        if (helper.equals(filing.filer())) {
            throw new InvalidInputException("helper", "报备人本人无需登记协助");
        }
        if (contests(filing, helper)) {
            throw new FilingNotAssistableException();
        }
        if (assists.of(filingId).isPresent()) {
            throw new InvalidInputException("filingId", "该报备已有同事登记协助");
        }
        assists.insert(filingId, helper, note, OffsetDateTime.now(clock));
        return assists.of(filingId).orElseThrow();
    }

    private boolean contests(Filing filing, String helper) {
        return collisions.ofFiling(filing.id()).stream().anyMatch(c -> c.involves(helper))
                || sameCustomer.filingsOfCustomer(filing).stream().anyMatch(f -> f.filer().equals(helper));
    }

    private boolean sameRegion(String filer, String helper) {
        return Groups.REGIONS.stream().map(staff::repsOf).anyMatch(reps -> reps.contains(filer) && reps.contains(helper));
    }

    /** Who helped on the filing, if anyone registered help. */
    public Optional<String> helperOf(String filingId) {
        return assists.of(filingId).map(Assist::helper);
    }

    /** The filing was signed: if someone helped, the split is to be agreed. */
    public Optional<Assist> openAgreement(String filingId) {
        Optional<Assist> assist = assists.of(filingId).filter(a -> a.status() == AssistStatus.REGISTERED);
        assist.ifPresent(a -> assists.updateStatus(filingId, AssistStatus.AGREEING, null));
        return assist;
    }

    public List<String> parties(String filingId) {
        Assist assist = assists.of(filingId).orElseThrow();
        return List.of(filings.get(filingId).filer(), assist.helper());
    }

    /**
     * One party's proposal, the filer's percentage of the commission: made by that party, or by the manager their
     * task was handed over to when they were dismissed or suspended (X11), who must hold the task.
     */
    public int partyProposal(String filingId, String actor, String assignee, String party, Map<String, ?> values) {
        boolean forThemselves = actor != null && actor.equals(party);
        boolean handedOver = actor != null && actor.equals(assignee) && staff.isManagerOfRep(actor, party);
        if (!parties(filingId).contains(party) || !(forThemselves || handedOver)) {
            throw new AccessDeniedException(actor + " 不能代" + party + "提出报备 " + filingId + " 的提成分配");
        }
        return proposal(values);
    }

    /** The split the supervisor (a manager of the filing's region) confirms. */
    public int confirmedSplit(String filingId, String supervisor, Map<String, ?> values) {
        filingAuthority.requireRegionManager(filingId, supervisor);
        return proposal(values);
    }

    private int proposal(Map<String, ?> values) {
        Integer percent = new InputValues(values).wholeNumber("splitFirstPercent", NOT_A_PERCENT, new FieldErrors());
        if (percent == null || percent < 0 || percent > 100) {
            throw new InvalidInputException("splitFirstPercent", NOT_A_PERCENT);
        }
        return percent;
    }

    /** The supervisor's confirmed split, with the shares of {@code commission-share}; commission follows. */
    public void settle(String filingId, int filerShare, int helperShare, String supervisor) {
        Assist assist = assists.of(filingId).orElseThrow();
        ownership.share(filingId, List.of(new OwnerShare(filings.get(filingId).filer(), filerShare),
                new OwnerShare(assist.helper(), helperShare)), "ASSIST", filingId, supervisor);
        assists.updateStatus(filingId, AssistStatus.AGREED, filerShare);
        commissions.settle(filingId);
    }
}
