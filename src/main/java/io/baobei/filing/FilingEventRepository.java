package io.baobei.filing;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The filing's history. Details never hold customer personal data. */
@Repository
class FilingEventRepository {

    private final JdbcClient jdbc;

    public FilingEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String filingId, FilingEventType type, String actor, OffsetDateTime at, String detail) {
        jdbc.sql("insert into filing_event (filing_id, event_type, actor, occurred_at, detail) values (:f, :t, :a, :at, :d)")
                .param("f", filingId).param("t", type.name()).param("a", actor).param("at", at).param("d", detail)
                .update();
    }

    public List<FilingEvent> of(String filingId) {
        return jdbc.sql("select * from filing_event where filing_id = :f order by occurred_at, id")
                .param("f", filingId)
                .query((rs, row) -> new FilingEvent(rs.getString("filing_id"),
                        FilingEventType.valueOf(rs.getString("event_type")), rs.getString("actor"),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("detail")))
                .list();
    }
}
