package io.baobei.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FollowUpRepository {

    private final JdbcClient jdbc;

    public FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String filingId, String follower, OffsetDateTime at, String encryptedNote, FollowUpOutcome outcome,
                       BigDecimal expectedAmount, BigDecimal unitPrice, LocalDate expectedSignDate) {
        jdbc.sql("""
                insert into follow_up (filing_id, follower, recorded_at, note_enc, outcome, expected_amount, unit_price, expected_sign_date)
                values (:f, :follower, :at, :note, :outcome, :amount, :price, :signDate)
                """)
                .param("f", filingId).param("follower", follower).param("at", at).param("note", encryptedNote)
                .param("outcome", outcome.name()).param("amount", expectedAmount).param("price", unitPrice)
                .param("signDate", expectedSignDate).update();
    }

    /**
     * The follow-up records before {@code before} on the rep's own filings of this customer (any filing
     * sharing a key with the given ones), oldest first.
     */
    public List<RecordedContact> contactsBefore(String rep, List<String> customerFilingIds, OffsetDateTime before) {
        return jdbc.sql("""
                        select u.expected_amount, u.unit_price, u.expected_sign_date from follow_up u
                        join filing f on f.id = u.filing_id
                        where f.filer = :rep and u.recorded_at < :before and u.filing_id in (
                            select other.filing_id from filing_customer_key mine
                            join filing_customer_key other on other.key_hash = mine.key_hash
                            where mine.filing_id in (:filings))
                        order by u.recorded_at, u.id
                        """)
                .param("rep", rep).param("before", before).param("filings", customerFilingIds)
                .query((rs, row) -> new RecordedContact(rs.getBigDecimal("expected_amount"), rs.getBigDecimal("unit_price"),
                        rs.getObject("expected_sign_date", LocalDate.class)))
                .list();
    }
}
