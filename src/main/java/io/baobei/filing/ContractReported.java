package io.baobei.filing;

import java.math.BigDecimal;

/** Published inside the transaction that records a signed contract (rule F9): the basis for commission. */
public record ContractReported(String filingId, BigDecimal contractAmount) {
}
