package io.baobei.audit;

import java.time.OffsetDateTime;

/** {@code GET /api/audit}: by filing, by user, by period, or only refused attempts. */
public record AuditQuery(String filingId, String actor, OffsetDateTime from, OffsetDateTime to, boolean deniedOnly) {
}
