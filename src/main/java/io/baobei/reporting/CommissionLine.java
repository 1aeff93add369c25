package io.baobei.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.baobei.collision.CommissionSource;

/**
 * Rule C13, one line finance pays from: a signed contract, one rep's share of it, the amount the share applies
 * to ({@code baseAmount}) and the rep's part of it ({@code shareAmount}), where the share came from and why.
 */
public record CommissionLine(String filingId, String contractName, LocalDate contractDate, BigDecimal contractAmount,
                             String rep, String repName, int sharePercent, BigDecimal baseAmount, BigDecimal shareAmount,
                             CommissionSource source, String sourceId, String reason, OffsetDateTime settledAt) {
}
