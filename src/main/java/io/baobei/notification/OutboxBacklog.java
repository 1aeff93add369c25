package io.baobei.notification;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** How many mail and webhook messages the outbox holds, by status: pending and failed always counted, if only as 0. */
@Component
public class OutboxBacklog {

    private final OutboxRepository outbox;

    public OutboxBacklog(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    public Map<String, Long> byStatus() {
        Map<String, Long> byStatus = new TreeMap<>(Map.of(OutboxMessage.PENDING, 0L, OutboxMessage.FAILED, 0L));
        byStatus.putAll(outbox.countByStatus());
        return byStatus;
    }
}
