package io.baobei.collision;

import java.math.BigDecimal;

/**
 * A rep's commission basis from a signed contract: their share of the contract amount, and where that
 * share came from (rule C13).
 */
public record CommissionEntry(String filingId, String rep, int sharePercent, BigDecimal contractAmount, BigDecimal amount,
                              String basis, CommissionBasis source) {
}
