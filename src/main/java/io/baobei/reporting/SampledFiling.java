package io.baobei.reporting;

import java.time.OffsetDateTime;

/**
 * One filing of a month's sample (rule M4), as the reviewer sees it: who filed it where, the customer type
 * and the contact masked (never in clear), and what the review found ({@code SAMPLED}, {@code REVIEWED},
 * {@code FALSE}).
 */
public record SampledFiling(String filingId, String filer, String filerName, String region, String customerType,
                            OffsetDateTime filedAt, String maskedContactName, String maskedContactPhone, String result,
                            String reviewedBy, OffsetDateTime reviewedAt) {
}
