package io.baobei.conduct;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalties and rewards per person (rule X8). An entry is recorded once per person, code and evidence,
 * as REPORTED: what it costs is for the penalty catalogue and HR's confirmation.
 */
@Service
@Transactional
public class ConductLedger {

    public static final String REPORTED = "REPORTED";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ConductLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void report(String person, String kind, String code, String evidenceType, String evidenceId, String detail,
                       String reportedBy) {
        boolean known = jdbc.sql("""
                        select count(*) from conduct_entry
                        where person = :p and code = :c and evidence_type = :t and evidence_id = :e
                        """)
                .param("p", person).param("c", code).param("t", evidenceType).param("e", evidenceId)
                .query(Integer.class).single() > 0;
        if (known) {
            return;
        }
        jdbc.sql("""
                insert into conduct_entry (person, kind, code, evidence_type, evidence_id, detail, status, reported_by, reported_at)
                values (:p, :k, :c, :t, :e, :d, :s, :by, :at)
                """)
                .param("p", person).param("k", kind).param("c", code).param("t", evidenceType).param("e", evidenceId)
                .param("d", detail).param("s", REPORTED).param("by", reportedBy).param("at", OffsetDateTime.now(clock))
                .update();
    }

    public List<ConductEntry> of(String person) {
        return jdbc.sql("select * from conduct_entry where person = :p order by reported_at, id")
                .param("p", person)
                .query((rs, row) -> new ConductEntry(rs.getLong("id"), rs.getString("person"), rs.getString("kind"),
                        rs.getString("code"), rs.getString("evidence_type"), rs.getString("evidence_id"),
                        rs.getString("detail"), rs.getString("status"), rs.getString("reported_by"),
                        rs.getObject("reported_at", OffsetDateTime.class)))
                .list();
    }
}
