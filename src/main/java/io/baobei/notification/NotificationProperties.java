package io.baobei.notification;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.*}: which message types go to which channels, the mail sender, the group robot's
 * webhook, and how the outbox retries.
 */
@ConfigurationProperties(prefix = "notification")
public record NotificationProperties(
        Map<NotificationType, List<Channel>> routes,
        String mailFrom,
        String webhookUrl,
        int maxAttempts,
        Duration retryDelay) {

    public NotificationProperties {
        routes = routes == null ? new EnumMap<>(NotificationType.class) : routes;
        mailFrom = mailFrom == null ? "baobei@localhost" : mailFrom;
        maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
        retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
    }

    /** In-app only when a type has no route configured. */
    public List<Channel> channelsFor(NotificationType type) {
        return routes.getOrDefault(type, List.of(Channel.IN_APP));
    }

    public boolean webhookConfigured() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }
}
