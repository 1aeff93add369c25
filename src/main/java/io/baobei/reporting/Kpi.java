package io.baobei.reporting;

import java.math.BigDecimal;

/**
 * Rules M1, F12: how well a rep (or a region) files — on time, approved, contacted in time, kept, converted —
 * and how often they collided. Rates are percentages of the filings made in the period.
 */
public record Kpi(String key, int filings, double onTimeRate, int approved, int rejected, Double averageApprovalHours,
                  Double firstContactOnTimeRate, double lapseRate, double conversionRate, int collisions,
                  BigDecimal expectedAmount, BigDecimal contractAmount) {
}
