package io.baobei.reporting;

import java.time.OffsetDateTime;

/**
 * Rule X9: a rep proposed to HR for the month's filing reward, with the record that earned it;
 * {@code PROPOSED}, then {@code CONFIRMED} (a reward in the ledger) or {@code DECLINED} with HR's reason.
 */
public record RecognitionProposal(String period, String rep, String repName, int filings, int signed, String detail,
                                  String status, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {

    public static final String PROPOSED = "PROPOSED";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String DECLINED = "DECLINED";
}
