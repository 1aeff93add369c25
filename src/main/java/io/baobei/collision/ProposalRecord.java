package io.baobei.collision;

import java.time.OffsetDateTime;

/** One rep's proposal; the statement (情况说明) stays encrypted until someone allowed reads it. */
record ProposalRecord(String rep, Proposal proposal, Integer splitFirstPercent, String statementEnc,
                             OffsetDateTime submittedAt) {
}
