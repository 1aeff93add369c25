package io.baobei.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A filing with its customer data in clear, for the readers rule D1 allows. */
public record FilingView(
        String filingId,
        FilingStatus filingStatus,
        String filer,
        String follower,
        String region,
        CustomerType customerType,
        CustomerStage customerStage,
        PlainCustomer customer,
        String propertyId,
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
        ContractReport contract,
        LocalDate contractReportDue,
        FollowUpOutcome outcome,
        String processInstanceId,
        List<FilingEvent> events) {
}
