package io.baobei.collision;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case's timeline. Details never hold customer personal data. */
@Repository
class CollisionEventRepository {

    private final JdbcClient jdbc;

    public CollisionEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String collisionId, String type, String actor, OffsetDateTime at, String detail) {
        jdbc.sql("insert into collision_event (collision_id, event_type, actor, occurred_at, detail) values (:c, :t, :a, :at, :d)")
                .param("c", collisionId).param("t", type).param("a", actor).param("at", at).param("d", detail).update();
    }

    public List<CollisionEvent> of(String collisionId) {
        return jdbc.sql("select * from collision_event where collision_id = :c order by occurred_at, id")
                .param("c", collisionId)
                .query((rs, row) -> new CollisionEvent(rs.getString("event_type"), rs.getString("actor"),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("detail")))
                .list();
    }
}
