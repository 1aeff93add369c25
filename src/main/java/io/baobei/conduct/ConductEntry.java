package io.baobei.conduct;

import java.time.OffsetDateTime;

/** One line of a person's ledger (rule X8): a violation or a reward, with its evidence. */
public record ConductEntry(long id, String person, String kind, String code, String evidenceType, String evidenceId,
                           String detail, String status, String reportedBy, OffsetDateTime reportedAt) {
}
