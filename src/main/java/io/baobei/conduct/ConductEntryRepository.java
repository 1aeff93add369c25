package io.baobei.conduct;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ConductEntryRepository {

    private final JdbcClient jdbc;

    public ConductEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entry id, or empty when the same person, code and evidence are already in the ledger. */
    public Optional<Long> insertIfNew(String person, String kind, String code, String evidenceType, String evidenceId,
                                      String detail, int customerCount, String status, String reportedBy,
                                      OffsetDateTime at) {
        boolean known = jdbc.sql("""
                        select count(*) from conduct_entry
                        where person = :p and code = :c and evidence_type = :t and evidence_id = :e
                        """)
                .param("p", person).param("c", code).param("t", evidenceType).param("e", evidenceId)
                .query(Integer.class).single() > 0;
        if (known) {
            return Optional.empty();
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into conduct_entry (person, kind, code, evidence_type, evidence_id, detail, customer_count, status,
                    reported_by, reported_at)
                values (:p, :k, :c, :t, :e, :d, :n, :s, :by, :at)
                """)
                .param("p", person).param("k", kind).param("c", code).param("t", evidenceType).param("e", evidenceId)
                .param("d", detail).param("n", customerCount).param("s", status).param("by", reportedBy).param("at", at)
                .update(key, "id");
        return Optional.of(key.getKey().longValue());
    }

    public ConductEntry get(long id) {
        return jdbc.sql("select * from conduct_entry where id = :id").param("id", id).query(ConductEntryRepository::map).single();
    }

    public List<ConductEntry> of(String person) {
        return jdbc.sql("select * from conduct_entry where person = :p order by reported_at, id")
                .param("p", person).query(ConductEntryRepository::map).list();
    }

    /** Rule X8: earlier confirmed violations of the same kind decide the rung of the ladder. */
    public int confirmedBefore(long id, String person, String code) {
        return jdbc.sql("select count(*) from conduct_entry where person = :p and code = :c and status = :s and id <> :id")
                .param("p", person).param("c", code).param("s", ConductEntry.CONFIRMED).param("id", id)
                .query(Integer.class).single();
    }

    public void propose(long id, int priorCount, String action, int fineYuan, boolean publicNotice) {
        jdbc.sql("""
                update conduct_entry set status = :s, prior_count = :prior, action = :action, fine_yuan = :fine,
                    public_notice = :notice, proposed_action = :action, proposed_fine_yuan = :fine,
                    proposed_public_notice = :notice where id = :id
                """)
                .param("s", ConductEntry.PROPOSED).param("prior", priorCount).param("action", action)
                .param("fine", fineYuan).param("notice", publicNotice).param("id", id).update();
    }

    public void decide(long id, String status, String decidedBy, String comment, OffsetDateTime at) {
        jdbc.sql("update conduct_entry set status = :s, decided_by = :by, decided_at = :at, decision_comment = :c where id = :id")
                .param("s", status).param("by", decidedBy).param("at", at).param("c", comment).param("id", id).update();
    }

    /** Rule X12: the penalty HR confirmed in place of a heavier proposal; the proposal stays recorded. */
    public void lighten(long id, String action, int fineYuan, boolean publicNotice) {
        jdbc.sql("update conduct_entry set action = :action, fine_yuan = :fine, public_notice = :notice where id = :id")
                .param("action", action).param("fine", fineYuan).param("notice", publicNotice).param("id", id).update();
    }

    public void recordDismissal(long id, String record) {
        jdbc.sql("update conduct_entry set decision_comment = coalesce(decision_comment || '；', '') || :r where id = :id")
                .param("r", "辞退处理：" + record).param("id", id).update();
    }

    private static ConductEntry map(ResultSet rs, int row) throws SQLException {
        return new ConductEntry(rs.getLong("id"), rs.getString("person"), rs.getString("kind"), rs.getString("code"),
                rs.getString("evidence_type"), rs.getString("evidence_id"), rs.getString("detail"), rs.getString("status"),
                rs.getString("reported_by"), rs.getObject("reported_at", OffsetDateTime.class),
                (Integer) rs.getObject("prior_count"), rs.getString("action"), (Integer) rs.getObject("fine_yuan"),
                (Boolean) rs.getObject("public_notice"), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_comment"), rs.getInt("customer_count"),
                rs.getString("proposed_action"), (Integer) rs.getObject("proposed_fine_yuan"),
                (Boolean) rs.getObject("proposed_public_notice"));
    }
}
