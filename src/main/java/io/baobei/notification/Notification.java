package io.baobei.notification;

import java.time.OffsetDateTime;

record Notification(long id, String recipient, String subject, String body, String link, OffsetDateTime createdAt,
                           OffsetDateTime readAt) {
}
