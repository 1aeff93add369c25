package io.baobei.collision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommissionRepository {

    private final JdbcClient jdbc;

    public CommissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CommissionEntry e, OffsetDateTime at) {
        jdbc.sql("""
                insert into commission_entry (filing_id, rep, share_percent, contract_amount, amount, basis, source,
                                              source_id, reason, created_at)
                values (:f, :rep, :share, :contract, :amount, :basis, :source, :sourceId, :reason, :at)
                """)
                .param("f", e.filingId()).param("rep", e.rep()).param("share", e.sharePercent())
                .param("contract", e.contractAmount()).param("amount", e.amount()).param("basis", e.basis())
                .param("source", e.source().source().name()).param("sourceId", e.source().sourceId())
                .param("reason", e.source().reason()).param("at", at).update();
    }

    public void deleteFor(String filingId) {
        jdbc.sql("delete from commission_entry where filing_id = :f").param("f", filingId).update();
    }

    public List<CommissionEntry> of(String filingId) {
        return jdbc.sql("select * from commission_entry where filing_id = :f order by share_percent desc, rep")
                .param("f", filingId)
                .query((rs, row) -> map(rs))
                .list();
    }

    private static CommissionEntry map(ResultSet rs) throws SQLException {
        return new CommissionEntry(rs.getString("filing_id"), rs.getString("rep"), rs.getInt("share_percent"),
                rs.getBigDecimal("contract_amount"), rs.getBigDecimal("amount"), rs.getString("basis"),
                new CommissionBasis(CommissionSource.valueOf(rs.getString("source")), rs.getString("source_id"),
                        rs.getString("reason")));
    }
}
