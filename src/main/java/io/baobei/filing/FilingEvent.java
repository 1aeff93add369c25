package io.baobei.filing;

import java.time.OffsetDateTime;

public record FilingEvent(String filingId, FilingEventType type, String actor, OffsetDateTime occurredAt, String detail) {
}
