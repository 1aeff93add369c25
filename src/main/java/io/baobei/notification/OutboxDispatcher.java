package io.baobei.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, after the business transaction committed. A failure is retried later; one
 * that keeps failing is marked FAILED and listed for administration, never dropped. Several nodes may
 * dispatch at once: each message is claimed by one.
 */
@Component
public class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final Map<Channel, ExternalChannel> channels;
    private final NotificationProperties properties;
    private final Clock clock;

    public OutboxDispatcher(OutboxRepository outbox, List<ExternalChannel> channels, NotificationProperties properties,
                            Clock clock) {
        this.outbox = outbox;
        this.channels = channels.stream().collect(Collectors.toMap(ExternalChannel::channel, Function.identity()));
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many messages were sent */
    public int dispatchDue() {
        int sent = 0;
        for (long id : outbox.due(OffsetDateTime.now(clock), BATCH)) {
            if (outbox.claim(id) && send(outbox.get(id))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(OutboxMessage message) {
        try {
            channels.get(message.channel()).send(message);
            outbox.sent(message.id(), OffsetDateTime.now(clock));
            return true;
        } catch (Exception e) {
            boolean giveUp = message.attempts() + 1 >= properties.maxAttempts();
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            outbox.failed(message.id(), error.length() > 1000 ? error.substring(0, 1000) : error,
                    giveUp ? OutboxMessage.FAILED : OutboxMessage.PENDING,
                    OffsetDateTime.now(clock).plus(properties.retryDelay().multipliedBy(message.attempts() + 1L)));
            if (giveUp) {
                LOG.error("Notification {} ({} to {}) failed {} times and is given up: {}", message.id(), message.channel(),
                        message.destination(), message.attempts() + 1, error);
            } else {
                LOG.warn("Notification {} ({}) failed, will retry: {}", message.id(), message.channel(), error);
            }
            return false;
        }
    }
}
