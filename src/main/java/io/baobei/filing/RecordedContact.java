package io.baobei.filing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One follow-up record as arbitration weighs it (P9 §七.2): the deal data the rep noted at that contact. */
public record RecordedContact(BigDecimal expectedAmount, BigDecimal unitPrice, LocalDate expectedSignDate) {
}
