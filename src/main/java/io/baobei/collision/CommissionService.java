package io.baobei.collision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.filing.ContractReported;
import io.baobei.filing.FilingOwnershipService;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.OwnerShare;

/**
 * The signed contract is the basis for commission (rule F8): each owner of the filing gets their share
 * (C7, C12); a collision the reps settled by talking that ends in a contract earns them a reward (C10).
 */
@Service
@Transactional
public class CommissionService {

    private final FilingOwnershipService ownership;
    private final CommissionRepository commissions;
    private final CollisionRepository collisions;
    private final AssistRepository assists;
    private final FilingQueryService filings;
    private final CommissionSources sources;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public CommissionService(FilingOwnershipService ownership, CommissionRepository commissions,
                             CollisionRepository collisions, AssistRepository assists, FilingQueryService filings,
                             CommissionSources sources, ApplicationEventPublisher publisher, Clock clock) {
        this.ownership = ownership;
        this.commissions = commissions;
        this.collisions = collisions;
        this.assists = assists;
        this.filings = filings;
        this.sources = sources;
        this.publisher = publisher;
        this.clock = clock;
    }

    @EventListener
    public void contractReported(ContractReported event) {
        settle(event.filingId());
        collisions.ofFiling(event.filingId()).stream()
                .filter(c -> c.resolvedBy() == ResolvedBy.NEGOTIATION)
                .forEach(c -> List.of(c.firstRep(), c.secondRep()).forEach(rep -> publisher.publishEvent(
                        ConductObserved.reward(rep, "NEGOTIATED_SIGNING", c.id(), "撞单经协商解决并成功签约（P1 §2.4）"))));
    }

    /**
     * Writes the commission entries, each with where its share came from (C13), once the contract is
     * reported and no help agreement (C12) is still open; written again when an agreement settles later.
     */
    public void settle(String filingId) {
        BigDecimal contractAmount = filings.get(filingId).contractAmount();
        boolean agreementOpen = assists.of(filingId).filter(a -> a.status() == AssistStatus.AGREEING).isPresent();
        if (contractAmount == null || agreementOpen) {
            return;
        }
        commissions.deleteFor(filingId);
        List<OwnerShare> owners = ownership.ownersOf(filingId);
        String basis = owners.size() > 1 ? "SHARED" : "SOLE";
        CommissionBasis source = sources.of(filingId, owners);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (OwnerShare owner : owners) {
            BigDecimal amount = contractAmount.multiply(BigDecimal.valueOf(owner.sharePercent()))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            commissions.insert(new CommissionEntry(filingId, owner.rep(), owner.sharePercent(), contractAmount, amount, basis, source), now);
        }
    }

    public List<CommissionEntry> of(String filingId) {
        return commissions.of(filingId);
    }
}
