package io.baobei.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class FollowUpRepository {

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

    public int countFor(String filingId) {
        return jdbc.sql("select count(*) from follow_up where filing_id = :f").param("f", filingId).query(Integer.class).single();
    }
}
