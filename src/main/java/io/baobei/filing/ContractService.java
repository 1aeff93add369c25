package io.baobei.filing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.customer.CustomerKeys;
import io.baobei.customer.CustomerProfileUpdate;
import io.baobei.customer.CustomerProfiles;
import io.baobei.customer.KeyType;
import io.baobei.platform.calendar.WorkingCalendar;
import io.baobei.platform.validation.FieldErrors;

/** Rules F8 (existing-customer period), F9 (contract reported in working days) and F10 (archive). */
@Service
@Transactional
public class ContractService {

    private final FilingRepository filings;
    private final FilingEventRepository events;
    private final CustomerProtection protection;
    private final FilingCustomerData customerData;
    private final CustomerKeys customerKeys;
    private final CustomerProfiles profiles;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public ContractService(FilingRepository filings, FilingEventRepository events, CustomerProtection protection,
                           FilingCustomerData customerData, CustomerKeys customerKeys, CustomerProfiles profiles,
                           WorkingCalendar calendar, ApplicationEventPublisher publisher, Clock clock) {
        this.filings = filings;
        this.events = events;
        this.protection = protection;
        this.customerData = customerData;
        this.customerKeys = customerKeys;
        this.profiles = profiles;
        this.calendar = calendar;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Signing recordSigning(String filingId, String actor, int existingCustomerDays, int reportWithinWorkingDays) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime retainedUntil = now.plusDays(existingCustomerDays);
        LocalDate reportDue = calendar.addWorkingDays(now.atZoneSameInstant(clock.getZone()).toLocalDate(), reportWithinWorkingDays);
        filings.recordSigning(filingId, retainedUntil, reportDue, now);
        events.record(filingId, FilingEventType.SIGNED, actor, now,
                "retainedUntil=" + retainedUntil + ", contractReportDue=" + reportDue);
        return new Signing(retainedUntil, reportDue);
    }

    public void reportContract(String filingId, String actor, Map<String, ?> values) {
        InputValues in = new InputValues(values, clock.getZone());
        FieldErrors errors = new FieldErrors();
        String name = in.text("contractName", 200, true, errors);
        LocalDate date = in.date("contractDate", true, errors);
        BigDecimal amount = in.amount("contractAmount", true, errors);
        String term = in.text("contractTerm", 100, true, errors);
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            errors.add("contractDate", "签约日期不能晚于今天");
        }
        errors.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.recordContract(filingId, new ContractReport(name, date, amount, term), now);
        events.record(filingId, FilingEventType.CONTRACT_REPORTED, actor, now, "amount=" + amount + ", date=" + date);
        publisher.publishEvent(new ContractReported(filingId, amount));
    }

    /** @param workingDays the report deadline of {@code filing-deadlines} the follower missed */
    public void flagReportOverdue(String filingId, int workingDays) {
        Filing filing = filings.get(filingId);
        events.record(filingId, FilingEventType.CONTRACT_REPORT_OVERDUE, null, OffsetDateTime.now(clock),
                "due=" + filing.contractReportDue() + ", follower=" + filing.follower());
        publisher.publishEvent(new FilingAlerts.ContractReportOverdue(filingId, filing.follower(), filing.region(), workingDays));
    }

    /** A signed filing: archived, its claims kept for the existing-customer period. */
    public void archiveSigned(String filingId, String actor) {
        Filing filing = filings.get(filingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.close(filingId, FilingStatus.ARCHIVED, FollowUpOutcome.SIGNED, now);
        events.record(filingId, FilingEventType.ARCHIVED, actor, now, "outcome=SIGNED");
        profiles.record(profileUpdate(filing, filing.filer(), true));
    }

    /** A lost customer: archived, released at once. */
    public void archiveLost(String filingId, String actor) {
        Filing filing = filings.get(filingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.close(filingId, FilingStatus.ARCHIVED, FollowUpOutcome.LOST, now);
        protection.release(filingId);
        events.record(filingId, FilingEventType.LOST, actor, now, null);
        events.record(filingId, FilingEventType.ARCHIVED, actor, now, "outcome=LOST");
        profiles.record(profileUpdate(filing, null, false));
    }

    private CustomerProfileUpdate profileUpdate(Filing filing, String owner, boolean signed) {
        PlainCustomer plain = customerData.decrypt(filing.customer());
        String primaryKey = plain.creditCode() != null
                ? customerKeys.of(KeyType.CREDIT_CODE, plain.creditCode()).hash()
                : customerKeys.of(KeyType.PHONE, plain.contactPhone()).hash();
        EncryptedCustomer c = filing.customer();
        return new CustomerProfileUpdate(primaryKey, filing.customerType().name(), c.customerName(), c.contactName(),
                c.contactPhone(), c.address(), c.creditCode(), c.idNumber(), filing.region(), owner, filing.id(), signed);
    }

    public record Signing(OffsetDateTime retainedUntil, LocalDate contractReportDue) {
    }
}
