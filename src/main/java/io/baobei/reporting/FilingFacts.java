package io.baobei.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** What the reports need to know of one filing; no customer data. */
record FilingFacts(String filingId, String filer, String region, String customerType, boolean late, String status,
                   String outcome, OffsetDateTime filedAt, OffsetDateTime approvedAt, int rejections, boolean reminded,
                   OffsetDateTime firstContactAt, int collisions, int followUps, BigDecimal expectedAmount,
                   BigDecimal contractAmount) {

    boolean signed() {
        return "SIGNED".equals(outcome) || "SIGNED".equals(status);
    }

    boolean lapsed() {
        return "LAPSED".equals(status);
    }

    boolean followed() {
        return firstContactAt != null || reminded;
    }
}
