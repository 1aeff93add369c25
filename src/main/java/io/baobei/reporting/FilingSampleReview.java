package io.baobei.reporting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A month's filing sample review (rule M4) and the recognition proposals that followed it (rule X9):
 * how many filings the month had, the sample, the reviewer's findings and HR's decisions.
 */
public record FilingSampleReview(String period, int population, int sampleSize, OffsetDateTime sampledAt,
                                 String reviewedBy, OffsetDateTime reviewedAt, String reviewNote,
                                 List<SampledFiling> filings, List<RecognitionProposal> recognition) {
}
