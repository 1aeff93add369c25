package io.baobei.filing;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FilingShareRepository {

    private final JdbcClient jdbc;

    public FilingShareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(String filingId, List<OwnerShare> shares, String basis, String basisId) {
        jdbc.sql("delete from filing_share where filing_id = :f").param("f", filingId).update();
        for (OwnerShare share : shares) {
            jdbc.sql("insert into filing_share (filing_id, rep, share_percent, basis, basis_id) values (:f, :rep, :share, :basis, :basisId)")
                    .param("f", filingId).param("rep", share.rep()).param("share", share.sharePercent())
                    .param("basis", basis).param("basisId", basisId).update();
        }
    }

    public List<OwnerShare> of(String filingId) {
        return jdbc.sql("select rep, share_percent from filing_share where filing_id = :f order by share_percent desc, rep")
                .param("f", filingId)
                .query((rs, row) -> new OwnerShare(rs.getString("rep"), rs.getInt("share_percent")))
                .list();
    }

    public Optional<ShareBasis> basisOf(String filingId) {
        return jdbc.sql("select distinct basis, basis_id from filing_share where filing_id = :f")
                .param("f", filingId)
                .query((rs, row) -> new ShareBasis(rs.getString("basis"), rs.getString("basis_id")))
                .optional();
    }

    /** Whether the rep holds a share above zero of the filing's customer: its filer or a co-owner. */
    public boolean holdsShare(String filingId, String rep) {
        return jdbc.sql("select count(*) from filing_share where filing_id = :f and rep = :rep and share_percent > 0")
                .param("f", filingId).param("rep", rep).query(Integer.class).single() > 0;
    }
}
