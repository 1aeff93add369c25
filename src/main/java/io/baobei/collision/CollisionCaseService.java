package io.baobei.collision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.filing.Filing;
import io.baobei.filing.FilingQueryService;
import io.baobei.platform.security.StaffDirectory;

/** Rule C4: the collision case itself, opened, announced and read; {@link CollisionOutcomeService} decides it. */
@Service
@Transactional
public class CollisionCaseService {

    private final CollisionRepository collisions;
    private final CollisionProposalRepository proposals;
    private final CollisionEventRepository events;
    private final FilingQueryService filings;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public CollisionCaseService(CollisionRepository collisions, CollisionProposalRepository proposals,
                                CollisionEventRepository events, FilingQueryService filings, StaffDirectory staff,
                                ApplicationEventPublisher publisher, Clock clock) {
        this.collisions = collisions;
        this.proposals = proposals;
        this.events = events;
        this.filings = filings;
        this.staff = staff;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Opens a case between the protected filing and a later one, or a rep who reported without a filing
     * ({@code secondFilingId} null). The first filing's region arbitrates.
     */
    public Collision open(String firstFilingId, String secondFilingId, String secondRep, CollisionKind kind, String reporter) {
        Filing first = filings.get(firstFilingId);
        OffsetDateTime now = now();
        String id = collisions.nextId(now);
        collisions.insert(new Collision(id, kind, CollisionStatus.NEGOTIATING, firstFilingId, secondFilingId,
                first.filer(), secondRep, reporter, first.region(), null, null, null, null, null, null, null, false,
                null, null, now, null));
        events.record(id, "OPENED", reporter, now, "kind=" + kind + ", first=" + firstFilingId + ", second=" + secondFilingId);
        return collisions.get(id);
    }

    public Collision get(String collisionId) {
        return collisions.get(collisionId);
    }

    public void attachProcess(String collisionId, String processInstanceId) {
        collisions.attachProcess(collisionId, processInstanceId);
    }

    /** Rule C4: both reps and the managers of both filings' regions, at once. */
    public void announce(String collisionId) {
        List<String> recipients = readers(collisionId);
        events.record(collisionId, "ANNOUNCED", null, now(), "to=" + recipients);
        publisher.publishEvent(new CollisionAnnounced(collisionId, collisions.get(collisionId).kind(), recipients));
    }

    /** Both reps and the managers of both filings' regions: who is told of the case and may follow it. */
    public List<String> readers(String collisionId) {
        Collision c = collisions.get(collisionId);
        Set<String> readers = new LinkedHashSet<>(List.of(c.firstRep(), c.secondRep()));
        readers.addAll(staff.managersOf(c.region()));
        if (c.secondFilingId() != null) {
            readers.addAll(staff.managersOf(filings.get(c.secondFilingId()).region()));
        }
        return List.copyOf(readers);
    }

    public List<Collision> ofFiling(String filingId) {
        return collisions.ofFiling(filingId);
    }

    /** The reps of every collision the filing is part of. */
    public Set<String> partiesOnFiling(String filingId) {
        Set<String> parties = new LinkedHashSet<>();
        for (Collision collision : collisions.ofFiling(filingId)) {
            parties.add(collision.firstRep());
            parties.add(collision.secondRep());
        }
        return parties;
    }

    public boolean exists(String collisionId) {
        return collisionId != null && collisions.find(collisionId).isPresent();
    }

    /** The regions' collisions not yet resolved, oldest first. */
    public List<Collision> openInRegions(List<String> regions) {
        return collisions.openInRegions(regions);
    }

    List<CollisionEvent> timeline(String collisionId) {
        return events.of(collisionId);
    }

    List<ProposalRecord> proposals(String collisionId) {
        return proposals.of(collisionId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
