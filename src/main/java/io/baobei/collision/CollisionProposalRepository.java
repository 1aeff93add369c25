package io.baobei.collision;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CollisionProposalRepository {

    private final JdbcClient jdbc;

    public CollisionProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String collisionId, ProposalRecord p) {
        jdbc.sql("delete from collision_proposal where collision_id = :c and rep = :rep")
                .param("c", collisionId).param("rep", p.rep()).update();
        jdbc.sql("""
                insert into collision_proposal (collision_id, rep, proposal, split_first_percent, statement_enc, submitted_at)
                values (:c, :rep, :proposal, :split, :statement, :at)
                """)
                .param("c", collisionId).param("rep", p.rep()).param("proposal", p.proposal().name())
                .param("split", p.splitFirstPercent()).param("statement", p.statementEnc()).param("at", p.submittedAt())
                .update();
    }

    public List<ProposalRecord> of(String collisionId) {
        return jdbc.sql("select * from collision_proposal where collision_id = :c order by submitted_at")
                .param("c", collisionId)
                .query((rs, row) -> new ProposalRecord(rs.getString("rep"), Proposal.valueOf(rs.getString("proposal")),
                        (Integer) rs.getObject("split_first_percent"), rs.getString("statement_enc"),
                        rs.getObject("submitted_at", OffsetDateTime.class)))
                .list();
    }
}
