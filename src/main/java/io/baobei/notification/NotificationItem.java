package io.baobei.notification;

import java.time.OffsetDateTime;

/** A notification as its recipient reads it: with the link to their open task on the case, if any. */
public record NotificationItem(long id, String subject, String body, String link, String taskLink, OffsetDateTime createdAt,
                               OffsetDateTime readAt) {

    static NotificationItem of(Notification n, String taskLink) {
        return new NotificationItem(n.id(), n.subject(), n.body(), n.link(), taskLink, n.createdAt(), n.readAt());
    }
}
