package io.baobei.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

    private final JdbcClient jdbc;

    public OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Channel channel, String destination, String subject, String body, OffsetDateTime now) {
        jdbc.sql("""
                insert into notification_outbox (channel, destination, subject, body, status, next_attempt_at, created_at)
                values (:channel, :destination, :subject, :body, :status, :now, :now)
                """)
                .param("channel", channel.name()).param("destination", destination).param("subject", subject)
                .param("body", body).param("status", OutboxMessage.PENDING).param("now", now).update();
    }

    public List<Long> due(OffsetDateTime now, int limit) {
        return jdbc.sql("select id from notification_outbox where status = :s and next_attempt_at <= :now order by id")
                .param("s", OutboxMessage.PENDING).param("now", now).query(Long.class).list()
                .stream().limit(limit).toList();
    }

    /** Takes the message for this sender; false when another node took it first. */
    public boolean claim(long id) {
        return jdbc.sql("update notification_outbox set status = :sending where id = :id and status = :pending")
                .param("sending", OutboxMessage.SENDING).param("id", id).param("pending", OutboxMessage.PENDING)
                .update() == 1;
    }

    public OutboxMessage get(long id) {
        return jdbc.sql("select * from notification_outbox where id = :id").param("id", id)
                .query((rs, row) -> new OutboxMessage(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                        rs.getString("destination"), rs.getString("subject"), rs.getString("body"), rs.getString("status"),
                        rs.getInt("attempts"), rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getString("last_error"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class)))
                .single();
    }

    public List<OutboxMessage> withStatus(String status) {
        return jdbc.sql("select id from notification_outbox where status = :s order by id").param("s", status)
                .query(Long.class).list().stream().map(this::get).toList();
    }

    public void sent(long id, OffsetDateTime at) {
        jdbc.sql("update notification_outbox set status = :s, attempts = attempts + 1, sent_at = :at, last_error = null where id = :id")
                .param("s", OutboxMessage.SENT).param("at", at).param("id", id).update();
    }

    public void failed(long id, String error, String status, OffsetDateTime nextAttemptAt) {
        jdbc.sql("""
                update notification_outbox set status = :s, attempts = attempts + 1, last_error = :e, next_attempt_at = :next
                where id = :id
                """)
                .param("s", status).param("e", error).param("next", nextAttemptAt).param("id", id).update();
    }

    public int retry(long id, OffsetDateTime now) {
        return jdbc.sql("update notification_outbox set status = :p, attempts = 0, next_attempt_at = :now where id = :id and status = :f")
                .param("p", OutboxMessage.PENDING).param("now", now).param("id", id).param("f", OutboxMessage.FAILED).update();
    }

    /** How many messages stand in each status (PENDING, SENDING, SENT, FAILED), for the operations gauges. */
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select status, count(*) as messages from notification_outbox group by status")
                .query(rs -> {
                    counts.put(rs.getString("status"), rs.getLong("messages"));
                });
        return counts;
    }
}
