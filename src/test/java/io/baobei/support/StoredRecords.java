package io.baobei.support;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.filing.FilingEvent;
import io.baobei.filing.FilingEventType;

/**
 * What a test reads or prepares directly in another capability's tables, whose repositories are
 * package-private: the filing's event log, the in-app notifications, a help registration at a given time.
 */
public final class StoredRecords {

    /** An in-app notification as stored. */
    public record StoredNotification(String recipient, String subject, String body) {
    }

    private StoredRecords() {
    }

    public static List<FilingEvent> filingEvents(JdbcClient jdbc, String filingId) {
        return jdbc.sql("select * from filing_event where filing_id = :f order by occurred_at, id")
                .param("f", filingId)
                .query((rs, row) -> new FilingEvent(rs.getString("filing_id"),
                        FilingEventType.valueOf(rs.getString("event_type")), rs.getString("actor"),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("detail")))
                .list();
    }

    /** Newest first, as the notification list shows them. */
    public static List<StoredNotification> notificationsTo(JdbcClient jdbc, String recipient) {
        return jdbc.sql("select recipient, subject, body from notification where recipient = :r order by created_at desc, id desc")
                .param("r", recipient)
                .query((rs, row) -> new StoredNotification(rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body")))
                .list();
    }

    /** Help registered on a filing at {@code at}, as {@code AssistService#register} records it at the current time. */
    public static void registerAssist(JdbcClient jdbc, String filingId, String helper, String note, OffsetDateTime at) {
        jdbc.sql("insert into filing_assist (filing_id, helper, registered_at, note, status) values (:f, :h, :at, :n, 'REGISTERED')")
                .param("f", filingId).param("h", helper).param("at", at).param("n", note).update();
    }
}
