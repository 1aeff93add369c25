package io.baobei.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    public NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String recipient, String subject, String body, String link, OffsetDateTime at) {
        jdbc.sql("insert into notification (recipient, subject, body, link, created_at) values (:r, :s, :b, :l, :at)")
                .param("r", recipient).param("s", subject).param("b", body).param("l", link).param("at", at).update();
    }

    public List<Notification> of(String recipient, boolean unreadOnly) {
        return jdbc.sql("select * from notification where recipient = :r" + (unreadOnly ? " and read_at is null" : "")
                        + " order by created_at desc, id desc")
                .param("r", recipient)
                .query((rs, row) -> new Notification(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("read_at", OffsetDateTime.class)))
                .list();
    }

    public int markRead(long id, String recipient, OffsetDateTime at) {
        return jdbc.sql("update notification set read_at = coalesce(read_at, :at) where id = :id and recipient = :r")
                .param("at", at).param("id", id).param("r", recipient).update();
    }
}
