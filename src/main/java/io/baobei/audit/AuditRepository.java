package io.baobei.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Insert and query only: nothing in the application updates or deletes an audit record. */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    public AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OffsetDateTime at, String actor, String action, String filingId, boolean allowed, String detail,
                       String remoteAddr) {
        jdbc.sql("""
                insert into audit_record (occurred_at, actor, action, filing_id, allowed, detail, remote_addr)
                values (:at, :actor, :action, :filing, :allowed, :detail, :addr)
                """)
                .param("at", at).param("actor", actor).param("action", action).param("filing", filingId)
                .param("allowed", allowed).param("detail", detail).param("addr", remoteAddr).update();
    }

    public List<AuditRecord> find(AuditQuery query) {
        StringBuilder sql = new StringBuilder("select * from audit_record where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.filingId() != null) {
            sql.append(" and filing_id = ?");
            params.add(query.filingId());
        }
        if (query.actor() != null) {
            sql.append(" and actor = ?");
            params.add(query.actor());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(query.to());
        }
        if (query.deniedOnly()) {
            sql.append(" and allowed = false");
        }
        sql.append(" order by occurred_at, id");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new AuditRecord(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("action"), rs.getString("filing_id"), rs.getBoolean("allowed"),
                        rs.getString("detail"), rs.getString("remote_addr")))
                .list();
    }
}
