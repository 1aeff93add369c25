package io.baobei.filing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Rule F9: what a signed contract is reported with. */
public record ContractReport(String contractName, LocalDate contractDate, BigDecimal contractAmount, String contractTerm) {
}
