package io.baobei.collision;

import java.math.BigDecimal;

/** A rep's commission basis from a signed contract: their share of the contract amount. */
public record CommissionEntry(String filingId, String rep, int sharePercent, BigDecimal contractAmount, BigDecimal amount,
                              String basis) {
}
