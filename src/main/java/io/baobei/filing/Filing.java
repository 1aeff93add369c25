package io.baobei.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A filing row. Customer data stays encrypted here; {@link FilingView} is the decrypted read model. */
public record Filing(
        String id,
        String processInstanceId,
        String filer,
        String follower,
        String region,
        CustomerType customerType,
        CustomerStage customerStage,
        FilingStatus status,
        EncryptedCustomer customer,
        String projectName,
        String demand,
        OffsetDateTime visitTime,
        String visitPurpose,
        BigDecimal expectedAmount,
        BigDecimal unitPrice,
        LocalDate expectedSignDate,
        OffsetDateTime filedAt,
        OffsetDateTime protectedUntil,
        boolean late,
        boolean lateExcused,
        OffsetDateTime firstContactAt,
        String contractName,
        LocalDate contractDate,
        BigDecimal contractAmount,
        String contractTerm,
        LocalDate contractReportDue,
        FollowUpOutcome outcome) {
}
