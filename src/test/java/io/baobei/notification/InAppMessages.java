package io.baobei.notification;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The in-app notifications someone got, newest first, for tests outside the notification package. */
public final class InAppMessages {

    public record InAppMessage(String subject, String body) {
    }

    private InAppMessages() {
    }

    public static List<InAppMessage> to(JdbcClient jdbc, String recipient) {
        return new NotificationRepository(jdbc).of(recipient, false).stream()
                .map(n -> new InAppMessage(n.subject(), n.body())).toList();
    }
}
