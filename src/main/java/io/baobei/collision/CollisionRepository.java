package io.baobei.collision;

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
class CollisionRepository {

    private final JdbcClient jdbc;

    public CollisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Collision ids share the filing number series: {@code C20261127-00043}. */
    public String nextId(OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into filing_number (issued_at) values (:now)").param("now", now).update(key, "n");
        return "C%s-%05d".formatted(now.toLocalDate().toString().replace("-", ""), key.getKey().longValue());
    }

    public void insert(Collision c) {
        jdbc.sql("""
                insert into collision (id, kind, status, first_filing_id, second_filing_id, first_rep, second_rep,
                    reported_by, region, created_at)
                values (:id, :kind, :status, :first, :second, :firstRep, :secondRep, :reportedBy, :region, :at)
                """)
                .param("id", c.id()).param("kind", c.kind().name()).param("status", c.status().name())
                .param("first", c.firstFilingId()).param("second", c.secondFilingId())
                .param("firstRep", c.firstRep()).param("secondRep", c.secondRep())
                .param("reportedBy", c.reportedBy()).param("region", c.region()).param("at", c.createdAt())
                .update();
    }

    public Collision get(String id) {
        return find(id).orElseThrow(() -> new CollisionNotFoundException(id));
    }

    Optional<Collision> find(String id) {
        return jdbc.sql("select * from collision where id = :id").param("id", id).query(CollisionRepository::map).optional();
    }

    public List<Collision> ofFiling(String filingId) {
        return jdbc.sql("select * from collision where first_filing_id = :f or second_filing_id = :f order by created_at")
                .param("f", filingId).query(CollisionRepository::map).list();
    }

    /** The regions' collisions not yet resolved, oldest first. */
    public List<Collision> openInRegions(List<String> regions) {
        if (regions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from collision where region in (:regions) and status <> :resolved order by created_at, id")
                .param("regions", regions).param("resolved", CollisionStatus.RESOLVED.name())
                .query(CollisionRepository::map).list();
    }

    public void attachProcess(String id, String processInstanceId) {
        jdbc.sql("update collision set process_instance_id = :pi where id = :id").param("pi", processInstanceId).param("id", id).update();
    }

    public void recordReportStatement(String id, String encryptedStatement) {
        jdbc.sql("update collision set report_statement_enc = :s where id = :id").param("s", encryptedStatement).param("id", id).update();
    }

    public String reportStatement(String id) {
        List<String> statement = jdbc.sql("select report_statement_enc from collision where id = :id").param("id", id)
                .query((rs, row) -> rs.getString(1)).list();
        return statement.isEmpty() ? null : statement.get(0); // null when the case was not reported by hand
    }

    public void updateStatus(String id, CollisionStatus status) {
        jdbc.sql("update collision set status = :s where id = :id").param("s", status.name()).param("id", id).update();
    }

    public void recordRecommendation(String id, String owner, String reason, String inputs) {
        jdbc.sql("update collision set recommended_owner = :o, recommendation_reason = :r, recommendation_inputs = :i where id = :id")
                .param("o", owner).param("r", reason).param("i", inputs).param("id", id).update();
    }

    public void recordDecision(String id, String manager, String reason, boolean customerLost) {
        jdbc.sql("update collision set decided_by = :m, decision_reason = :r, customer_lost = :lost where id = :id")
                .param("m", manager).param("r", reason).param("lost", customerLost).param("id", id).update();
    }

    public void resolve(String id, Resolution resolution, ResolvedBy resolvedBy, int shareFirst, int shareSecond,
                        OffsetDateTime at) {
        jdbc.sql("""
                update collision set status = :status, resolution = :resolution, resolved_by = :by,
                    share_first = :first, share_second = :second, resolved_at = :at
                where id = :id
                """)
                .param("status", CollisionStatus.RESOLVED.name()).param("resolution", resolution.name())
                .param("by", resolvedBy.name()).param("first", shareFirst).param("second", shareSecond)
                .param("at", at).param("id", id).update();
    }

    private static Collision map(ResultSet rs, int row) throws SQLException {
        return new Collision(
                rs.getString("id"),
                CollisionKind.valueOf(rs.getString("kind")),
                CollisionStatus.valueOf(rs.getString("status")),
                rs.getString("first_filing_id"),
                rs.getString("second_filing_id"),
                rs.getString("first_rep"),
                rs.getString("second_rep"),
                rs.getString("reported_by"),
                rs.getString("region"),
                rs.getString("recommended_owner"),
                rs.getString("recommendation_reason"),
                rs.getString("recommendation_inputs"),
                rs.getString("resolution") == null ? null : Resolution.valueOf(rs.getString("resolution")),
                rs.getString("resolved_by") == null ? null : ResolvedBy.valueOf(rs.getString("resolved_by")),
                rs.getString("decided_by"),
                rs.getString("decision_reason"),
                rs.getBoolean("customer_lost"),
                (Integer) rs.getObject("share_first"),
                (Integer) rs.getObject("share_second"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("resolved_at", OffsetDateTime.class));
    }
}
