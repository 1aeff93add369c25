package io.baobei.reporting;

import java.math.BigDecimal;

/**
 * Rule M1: filings by region and customer class, with purchasing power (expected and contract amounts) and how
 * often the customers were followed up (follow-up records, and their average per filing).
 */
public record CustomerSummary(String region, String customerType, int filings, int signed, BigDecimal expectedAmount,
                              BigDecimal contractAmount, int followUps, double followUpsPerFiling) {
}
