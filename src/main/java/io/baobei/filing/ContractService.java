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
import io.baobei.platform.validation.InputValues;

/** Rules F8 (existing-customer period), F9/F9b (contract reported in working days of its date) and F10 (archive). */
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
    private final FilingAuthority authority;

    public ContractService(FilingRepository filings, FilingEventRepository events, CustomerProtection protection,
                           FilingCustomerData customerData, CustomerKeys customerKeys, CustomerProfiles profiles,
                           WorkingCalendar calendar, ApplicationEventPublisher publisher, Clock clock, FilingAuthority authority) {
        this.authority = authority;
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
        return new Signing(retainedUntil, reportDue, FilingStatus.SIGNED);
    }

    /**
     * Rule F9b: the contract may not be dated before its filing nor in the future; the report is due within
     * {@code workingDays} working days of the contract's date, and a report already past that is late at once.
     *
     * @param alreadyFlagged the deadline timer has already flagged the report as overdue
     * @return whether the report is late
     */
    public boolean reportContract(String filingId, String actor, Map<String, ?> values, int workingDays,
                                  boolean alreadyFlagged) {
        authority.requireFollower(filingId, actor);
        InputValues in = new InputValues(values, clock.getZone());
        FieldErrors errors = new FieldErrors();
        String name = in.text("contractName", 200, true, errors);
        LocalDate date = in.date("contractDate", true, errors);
        BigDecimal amount = in.amount("contractAmount", true, errors);
        String term = in.text("contractTerm", 100, true, errors);
        LocalDate today = LocalDate.now(clock);
        Filing filing = filings.get(filingId);
        LocalDate filedOn = filing.filedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        if (date != null && date.isAfter(today)) {
            errors.add("contractDate", "签约日期不能晚于今天");
        } else if (date != null && date.isBefore(filedOn)) {
            errors.add("contractDate", "签约日期不能早于报备日期（" + filedOn + "）");
        }
        errors.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate due = calendar.addWorkingDays(date, workingDays);
        filings.recordContract(filingId, new ContractReport(name, date, amount, term), due, now);
        events.record(filingId, FilingEventType.CONTRACT_REPORTED, actor, now, "amount=" + amount + ", date=" + date
                + ", due=" + due);
        publisher.publishEvent(new ContractReported(filingId, amount));
        boolean late = today.isAfter(due);
        if (late && !alreadyFlagged) {
            flagReportOverdue(filingId, workingDays);
        }
        return late || alreadyFlagged;
    }

    /** @param workingDays the report deadline of {@code filing-deadlines} the follower missed */
    public void flagReportOverdue(String filingId, int workingDays) {
        Filing filing = filings.get(filingId);
        events.record(filingId, FilingEventType.CONTRACT_REPORT_OVERDUE, null, OffsetDateTime.now(clock),
                "due=" + filing.contractReportDue() + ", follower=" + filing.follower());
        publisher.publishEvent(new FilingAlerts.ContractReportOverdue(filingId, filing.follower(), filing.region(),
                workingDays, filing.contractReportDue()));
    }

    /** A signed filing: archived, its claims kept for the existing-customer period. */
    public FilingStatus archiveSigned(String filingId, String actor) {
        Filing filing = filings.get(filingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.close(filingId, FilingStatus.ARCHIVED, FollowUpOutcome.SIGNED, now);
        events.record(filingId, FilingEventType.ARCHIVED, actor, now, "outcome=SIGNED");
        profiles.record(profileUpdate(filing, filing.filer(), true));
        return FilingStatus.ARCHIVED;
    }

    /** A lost customer: archived, released at once. */
    public FilingStatus archiveLost(String filingId, String actor) {
        Filing filing = filings.get(filingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.close(filingId, FilingStatus.ARCHIVED, FollowUpOutcome.LOST, now);
        protection.release(filingId);
        events.record(filingId, FilingEventType.LOST, actor, now, null);
        events.record(filingId, FilingEventType.ARCHIVED, actor, now, "outcome=LOST");
        profiles.record(profileUpdate(filing, null, false));
        return FilingStatus.ARCHIVED;
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

    public record Signing(OffsetDateTime retainedUntil, LocalDate contractReportDue, FilingStatus status) {
    }
}
