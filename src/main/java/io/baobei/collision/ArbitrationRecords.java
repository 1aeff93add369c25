package io.baobei.collision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the record shows about two filings before an arbitration (rule C6b): whether one was found false,
 * and registered help between their reps.
 */
@Repository
public class ArbitrationRecords {

    private final JdbcClient jdbc;

    public ArbitrationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
