package io.baobei.collision;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssistRepository {

    private final JdbcClient jdbc;

    public AssistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String filingId, String helper, String note, OffsetDateTime at) {
        jdbc.sql("insert into filing_assist (filing_id, helper, registered_at, note, status) values (:f, :h, :at, :n, :s)")
                .param("f", filingId).param("h", helper).param("at", at).param("n", note)
                .param("s", AssistStatus.REGISTERED.name()).update();
    }

    public Optional<Assist> of(String filingId) {
        return jdbc.sql("select * from filing_assist where filing_id = :f").param("f", filingId)
                .query((rs, row) -> new Assist(rs.getString("filing_id"), rs.getString("helper"),
                        rs.getObject("registered_at", OffsetDateTime.class), rs.getString("note"),
                        AssistStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("filer_percent")))
                .optional();
    }

    public void updateStatus(String filingId, AssistStatus status, Integer filerPercent) {
        jdbc.sql("update filing_assist set status = :s, filer_percent = :p where filing_id = :f")
                .param("s", status.name()).param("p", filerPercent).param("f", filingId).update();
    }
}
