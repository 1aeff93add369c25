package io.baobei.collision;

import java.time.OffsetDateTime;

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

    /**
     * Help registered (rule C12) by {@code helper} on {@code filingId} before {@code time}, at a moment the helper
     * was party to no collision on that customer: help registered by a rival once the customer was contested is
     * no help (C6b).
     */
    public boolean helpedBefore(String filingId, String helper, OffsetDateTime time) {
        return filingId != null && helper != null && jdbc.sql("""
                        select count(*) from filing_assist a where a.filing_id = :f and a.helper = :h and a.registered_at < :t
                        and not exists (select 1 from collision c
                            where (c.first_rep = a.helper or c.second_rep = a.helper) and c.created_at <= a.registered_at
                            and (a.filing_id in (c.first_filing_id, c.second_filing_id)
                                or exists (select 1 from filing_customer_key helped
                                    join filing_customer_key same on same.key_hash = helped.key_hash
                                    where helped.filing_id = a.filing_id
                                    and same.filing_id in (c.first_filing_id, c.second_filing_id))))
                        """)
                .param("f", filingId).param("h", helper).param("t", time).query(Integer.class).single() > 0;
    }
}
