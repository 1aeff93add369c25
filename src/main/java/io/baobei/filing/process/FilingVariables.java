package io.baobei.filing.process;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of the {@code customer-filing} process variables and how dates are shown in forms. */
final class FilingVariables {

    static final String FILING_ID = "filingId";
    static final String FILING_STATUS = "filingStatus";
    static final String FILER = "filer";
    static final String FOLLOWER = "follower";
    static final String FOLLOWER_NAME = "followerName";
    static final String PROTECTION_DAYS = "protectionDays";
    static final String PROTECTED_UNTIL = "protectedUntil";
    static final String CUSTOMER_STAGE = "customerStage";
    static final String SECOND_APPROVAL_REQUIRED = "secondApprovalRequired";
    static final String APPROVED = "approved";
    static final String FILING_VOIDED = "filingVoided";
    static final String RESUBMIT = "resubmit";
    static final String FOLLOWER_OPTIONS = "followerOptions";
    static final String DEADLINES = "deadlines";
    static final String FIRST_CONTACT_DUE = "firstContactDue";
    static final String FIRST_CONTACT_DUE_DISPLAY = "firstContactDueDisplay";
    static final String ESCALATION_DUE = "escalationDue";
    static final String FIRST_CONTACT_MADE = "firstContactMade";
    static final String OUTCOME = "outcome";
    static final String CONTRACT_REPORT_DUE = "contractReportDue";
    static final String CONTRACT_REPORT_DUE_DISPLAY = "contractReportDueDisplay";
    static final String CONTRACT_REPORT_WORKING_DAYS = "contractReportWorkingDays";
    static final String CONTRACT_REPORT_OVERDUE = "contractReportOverdue";
    static final String PROTECTION_WARNING_AT = "protectionWarningAt";
    /** Set by archive-filing only: the signing rep keeps the customer (the gateway after the protected scope). */
    static final String CUSTOMER_RETAINED = "customerRetained";

    /** F9b: the table's working days for the contract report (read from the decision for cases signed before). */
    static int contractReportWorkingDays(VariableScope scope) {
        Object days = scope.getVariable(CONTRACT_REPORT_WORKING_DAYS);
        if (days == null) {
            days = ((Map<?, ?>) scope.getVariable(DEADLINES)).get("contractReportWorkingDays");
        }
        return ((Number) days).intValue();
    }

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FilingVariables() {
    }

    static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }

    static String display(OffsetDateTime time, ZoneId zone) {
        return time.atZoneSameInstant(zone).format(DISPLAY);
    }
}
