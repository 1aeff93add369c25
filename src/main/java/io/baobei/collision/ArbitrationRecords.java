package io.baobei.collision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the record shows about two reps and one customer before an arbitration (rule C6b): the contacts
 * each rep recorded, whether a filing was found false, and registered help between them.
 */
@Repository
public class ArbitrationRecords {

    private final JdbcClient jdbc;

    public ArbitrationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** A false-filing violation (X1) reported on the filing and not dismissed. */
    public boolean foundFalse(String filingId) {
        return jdbc.sql("""
                        select count(*) from conduct_entry where code = 'FALSE_FILING' and evidence_type = 'FILING'
                        and evidence_id = :f and status <> 'DISMISSED'
                        """)
                .param("f", filingId).query(Integer.class).single() > 0;
    }

    /** Help registered (rule C12) by {@code helper} on {@code filingId}. */
    public boolean helped(String filingId, String helper) {
        return filingId != null && helper != null && jdbc.sql("select count(*) from filing_assist where filing_id = :f and helper = :h")
                .param("f", filingId).param("h", helper).query(Integer.class).single() > 0;
    }
}
