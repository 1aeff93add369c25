package io.baobei.audit;

import java.time.OffsetDateTime;

record AuditRecord(long id, OffsetDateTime occurredAt, String actor, String action, String filingId, boolean allowed,
                          String detail, String remoteAddr) {
}
