package io.baobei.conduct;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalties and rewards per person (rule X8). An entry is recorded once per person, code and evidence. A
 * violation is then handled by {@code violation-handling} (catalogue, HR confirmation); a reward is granted
 * at once and reaches finance.
 */
@Service
@Transactional
public class ConductLedger {

    private final ConductEntryRepository entries;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public ConductLedger(ConductEntryRepository entries, ApplicationEventPublisher publisher, Clock clock) {
        this.entries = entries;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A violation or reward seen by the flows or reported by hand; its handling starts by itself. */
    public Optional<Long> report(String person, String kind, String code, String evidenceType, String evidenceId,
                                 String detail, String reportedBy) {
        return report(person, kind, code, evidenceType, evidenceId, detail, reportedBy, 1);
    }

    /** One incident concerning {@code customerCount} customers (rule X5b: a data leak is fined per customer). */
    public Optional<Long> report(String person, String kind, String code, String evidenceType, String evidenceId,
                                 String detail, String reportedBy, int customerCount) {
        Optional<Long> id = record(person, kind, code, evidenceType, evidenceId, detail, reportedBy, customerCount);
        id.ifPresent(entryId -> publisher.publishEvent(ConductEntry.REWARD.equals(kind)
                ? new ConductEvents.RewardGranted(entries.get(entryId))
                : new ConductEvents.ViolationRecorded(entryId)));
        return id;
    }

    /** A violation reported inside an already running {@code violation-handling} case (HR's start form). */
    public Optional<Long> record(String person, String kind, String code, String evidenceType, String evidenceId,
                                 String detail, String reportedBy, int customerCount) {
        String status = ConductEntry.REWARD.equals(kind) ? ConductEntry.GRANTED : ConductEntry.REPORTED;
        return entries.insertIfNew(person, kind, code, evidenceType, evidenceId, detail, customerCount, status, reportedBy,
                OffsetDateTime.now(clock));
    }

    public ConductEntry get(long entryId) {
        return entries.get(entryId);
    }

    public List<ConductEntry> of(String person) {
        return entries.of(person);
    }
}
