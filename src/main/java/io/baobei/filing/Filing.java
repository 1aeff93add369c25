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

    /**
     * A filing as registration stores it: pending approval, protected from now (the protection period's end is
     * set once the {@code protection-period} decision has run), nobody following it yet, nothing signed.
     */
    static Filing registered(String id, String processInstanceId, String filer, FilingRequest request,
                             EncryptedCustomer customer, OffsetDateTime now, boolean late) {
        return new Filing(id, processInstanceId, filer, null, request.region(), request.customerType(),
                request.customerStage(), FilingStatus.PENDING_APPROVAL, customer, request.projectName(), request.demand(),
                request.visitTime(), request.visitPurpose(), request.expectedAmount(),
                null, null, now, now, late, false, null,
                null, null, null, null, null, null);
    }
}
