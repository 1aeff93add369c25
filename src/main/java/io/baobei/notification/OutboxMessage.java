package io.baobei.notification;

import java.time.OffsetDateTime;

/** A mail or webhook message waiting to be sent, sent, or given up on after its attempts. */
record OutboxMessage(long id, Channel channel, String destination, String subject, String body, String status,
                            int attempts, OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt,
                            OffsetDateTime sentAt) {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
}
