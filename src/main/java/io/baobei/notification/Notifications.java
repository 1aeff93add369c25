package io.baobei.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.security.StaffDirectory;

/**
 * The one way the application tells people something. In-app messages are stored at once; mail and
 * group-robot messages go to the outbox in the same transaction and are sent after it commits, so a
 * failing server never undoes the business. Messages never hold customer data.
 */
@Service
@Transactional
public class Notifications {

    private final NotificationRepository inApp;
    private final OutboxRepository outbox;
    private final StaffDirectory staff;
    private final NotificationProperties properties;
    private final Set<Channel> configured;
    private final Clock clock;

    public Notifications(NotificationRepository inApp, OutboxRepository outbox, StaffDirectory staff,
                         NotificationProperties properties, List<ExternalChannel> channels, Clock clock) {
        this.inApp = inApp;
        this.outbox = outbox;
        this.staff = staff;
        this.properties = properties;
        this.configured = channels.stream().filter(ExternalChannel::configured).map(ExternalChannel::channel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
        this.configured.add(Channel.IN_APP);
        this.clock = clock;
    }

    public void send(NotificationType type, Collection<String> recipients, String subject, String body, String link) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Channel> channels = properties.channelsFor(type).stream().filter(configured::contains).toList();
        for (String recipient : new LinkedHashSet<>(recipients)) {
            if (channels.contains(Channel.IN_APP)) {
                inApp.insert(recipient, subject, body, link, now);
            }
            if (channels.contains(Channel.MAIL)) {
                staff.email(recipient).ifPresent(address -> outbox.add(Channel.MAIL, address, subject, body, now));
            }
        }
        if (channels.contains(Channel.WEBHOOK)) {
            outbox.add(Channel.WEBHOOK, properties.webhookUrl(), subject, body, now);
        }
    }
}
