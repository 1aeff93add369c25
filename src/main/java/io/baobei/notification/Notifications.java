package io.baobei.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app messages, written in the transaction of what they tell about. Never customer data. */
@Service
@Transactional
public class Notifications {

    private final NotificationRepository repository;
    private final Clock clock;

    public Notifications(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void send(Collection<String> recipients, String subject, String body, String link) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        new LinkedHashSet<>(recipients).forEach(recipient -> repository.insert(recipient, subject, body, link, now));
    }
}
