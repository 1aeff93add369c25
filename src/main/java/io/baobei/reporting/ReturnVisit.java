package io.baobei.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Rule F11: a signed filing's return visit, scheduled or done; the note itself stays encrypted. */
public record ReturnVisit(String filingId, LocalDate contractDate, int intervalDays, OffsetDateTime dueAt, String status,
                          String satisfaction, String visitedBy, OffsetDateTime visitedAt, boolean noteRecorded) {
}
