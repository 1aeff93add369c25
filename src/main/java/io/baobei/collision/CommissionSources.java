package io.baobei.collision;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.baobei.filing.FilingOwnershipService;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.OwnerShare;
import io.baobei.filing.ShareBasis;
import io.baobei.platform.security.StaffDirectory;

/**
 * Rule C13: where a filing's commission shares come from. A collision or a help agreement split the customer,
 * or the filing won a collision outright, or its filer simply owns the customer. The reason names reps,
 * decisions and percentages, never the customer: the reps' statements stay in the collision case.
 */
@Component
class CommissionSources {

    private final FilingOwnershipService ownership;
    private final CollisionRepository collisions;
    private final CollisionProposalRepository proposals;
    private final FilingQueryService filings;
    private final StaffDirectory staff;

    CommissionSources(FilingOwnershipService ownership, CollisionRepository collisions, CollisionProposalRepository proposals,
                      FilingQueryService filings, StaffDirectory staff) {
        this.ownership = ownership;
        this.collisions = collisions;
        this.proposals = proposals;
        this.filings = filings;
        this.staff = staff;
    }

    CommissionBasis of(String filingId, List<OwnerShare> owners) {
        Optional<ShareBasis> split = ownership.shareBasis(filingId);
        if (split.isPresent() && ShareBasis.ASSIST.equals(split.get().basis())) {
            return helpAgreement(filingId, owners);
        }
        return split.map(s -> collisions.get(s.basisId()))
                .or(() -> collisionWonBy(filingId))
                .filter(c -> c.resolvedBy() == ResolvedBy.NEGOTIATION || c.resolvedBy() == ResolvedBy.ARBITRATION)
                .map(this::decidedBy)
                .orElseGet(() -> filerOwns(filingId));
    }

    private Optional<Collision> collisionWonBy(String filingId) {
        return collisions.ofFiling(filingId).stream()
                .filter(c -> c.resolution() == Resolution.FIRST && filingId.equals(c.firstFilingId())
                        || c.resolution() == Resolution.SECOND && filingId.equals(c.secondFilingId()))
                .reduce((earlier, later) -> later);
    }

    private CommissionBasis decidedBy(Collision c) {
        String outcome = "撞单 " + c.id() + "：" + c.resolution().label() + "（" + name(c.firstRep()) + " " + c.shareFirst()
                + "%，" + name(c.secondRep()) + " " + c.shareSecond() + "%）";
        if (c.resolvedBy() == ResolvedBy.NEGOTIATION) {
            ProposalRecord agreed = proposals.of(c.id()).get(0);
            String proposal = agreed.proposal().label()
                    + (agreed.splitFirstPercent() == null ? "" : "，先报备者 " + agreed.splitFirstPercent() + "%");
            return new CommissionBasis(CommissionSource.NEGOTIATED_SPLIT, c.id(),
                    outcome + "，双方协商一致（均提出“" + proposal + "”）。");
        }
        String why = c.decisionReason() != null ? "理由：" + c.decisionReason() : "采纳系统建议：" + c.recommendationReason();
        return new CommissionBasis(CommissionSource.ARBITRATION, c.id(),
                outcome + "，由" + name(c.decidedBy()) + "仲裁。" + why);
    }

    private CommissionBasis helpAgreement(String filingId, List<OwnerShare> owners) {
        return new CommissionBasis(CommissionSource.HELP_AGREEMENT, filingId, "同事协助成交，报备人、协助人与主管商定："
                + owners.stream().map(o -> name(o.rep()) + " " + o.sharePercent() + "%").collect(Collectors.joining("，"))
                + "。");
    }

    private CommissionBasis filerOwns(String filingId) {
        return new CommissionBasis(CommissionSource.OWNER, filingId,
                "报备人" + name(filings.get(filingId).filer()) + "为客户归属人，全额作为提成依据。");
    }

    private String name(String userId) {
        return staff.displayName(userId);
    }
}
