package io.baobei.filing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.customer.CustomerIdentity;
import io.baobei.customer.CustomerKey;
import io.baobei.customer.KeyType;
import io.baobei.customer.SensitiveVariables;
import io.baobei.platform.validation.InvalidInputException;

/** Rules F2, F3, F5 (revision), F8 (protection from the moment of filing), C3. */
@Service
@Transactional
public class FilingRegistrationService {

    private final FilingRepository filings;
    private final FilingEventRepository events;
    private final CustomerProtection protection;
    private final ProtectionService protectionPeriods;
    private final FilingCustomerData customerData;
    private final FilingRequestParser parser;
    private final List<FilerRestriction> restrictions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final FilingAuthority authority;

    public FilingRegistrationService(FilingRepository filings, FilingEventRepository events, CustomerProtection protection,
                                     ProtectionService protectionPeriods,
                                     FilingCustomerData customerData, FilingRequestParser parser,
                                     List<FilerRestriction> restrictions, ApplicationEventPublisher publisher, Clock clock, FilingAuthority authority) {
        this.authority = authority;
        this.filings = filings;
        this.events = events;
        this.protection = protection;
        this.protectionPeriods = protectionPeriods;
        this.customerData = customerData;
        this.parser = parser;
        this.restrictions = restrictions;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Rules F1b, X7 (who may file), F3 (late), F8 and C3: stores the filing with the process that carries it and
     * claims its customer. Protection starts now; its length is set right after by {@link ProtectionService#start}
     * from the {@code protection-period} decision. The status it returns is the process's.
     */
    public Registration register(FilingRequest request, String filer, String processInstanceId) {
        if (filer == null || filer.isBlank()) {
            throw new InvalidInputException("filer", "报备人必须是已登录用户");
        }
        requireAllowedToFile(filer);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String id = filings.nextId(now);
        boolean late = isLate(now, request.visitTime());
        filings.insert(Filing.registered(id, processInstanceId, filer, request, customerData.encrypt(request), now, late));
        publisher.publishEvent(CustomerDataAccessed.allowed(id, filer, CustomerDataAccessed.Action.CREATE, "filed"));
        events.record(id, FilingEventType.FILED, filer, now, "stage=" + request.customerStage());
        if (late) {
            events.record(id, FilingEventType.FILED_LATE, filer, now, "visitTime=" + request.visitTime());
        }

        Optional<ClaimConflict> conflict = claim(id, filer, request.identity(), now);
        if (conflict.isPresent()) {
            filings.updateStatus(id, FilingStatus.IN_COLLISION, now);
            events.record(id, FilingEventType.COLLISION_DETECTED, filer, now,
                    (conflict.get().formerOwnerFollowing() ? "formerOwnerFiling=" : "protectedBy=")
                            + conflict.get().holderFilingId() + ", matchedBy=" + conflict.get().matchedBy());
            publisher.publishEvent(new FilingRegistered(id, FilingStatus.IN_COLLISION));
            return new Registration(id, FilingStatus.IN_COLLISION, late, conflict.get());
        }
        publisher.publishEvent(new FilingRegistered(id, FilingStatus.PENDING_APPROVAL));
        return new Registration(id, FilingStatus.PENDING_APPROVAL, late, null);
    }

    /** The filing with the process that carries it now, when a new instance takes a filing over (reinstatement). */
    public void attachProcess(String filingId, String processInstanceId) {
        filings.attachProcess(filingId, processInstanceId);
    }

    private Optional<ClaimConflict> claim(String filingId, String filer, CustomerIdentity customer, OffsetDateTime now) {
        List<CustomerKey> keys = protection.keysOf(customer);
        if (protection.claimIfFree(filingId, keys, now)) {
            return protection.formerRepStillFollowing(keys, filer);
        }
        protectionPeriods.releaseExpired(customer, now); // F8b: a holder whose protection ran out lets go first
        return protection.claim(filingId, filer, customer, now);
    }

    /**
     * The rep's corrections after a rejection, to the {@link FilingField#revisable() revisable} fields only. A
     * field left empty, or submitted as the masked value the form showed, is unchanged. Changed identity
     * re-claims the customer's keys.
     */
    public Revision revise(String filingId, String actor, Map<String, ?> submitted) {
        Filing filing = filings.get(filingId);
        authority.requireFiler(filingId, actor);
        if (!filing.status().protects()) {
            throw new InvalidInputException("resubmit", "报备已作废、撤回或失效，不能修改后重新提交（虚假报备一经发现即作废）");
        }
        FilingRequest current = FilingRequest.of(filing, customerData.decrypt(filing.customer()));
        Map<String, Object> merged = new HashMap<>();
        for (FilingField field : FilingField.values()) {
            Object value = current.value(field);
            merged.put(field.key(), value instanceof OffsetDateTime || value instanceof Enum<?> ? value.toString() : value);
            Object given = submitted.get(field.key());
            if (field.revisable() && changes(field, value, given)) {
                merged.put(field.key(), given);
            }
        }
        FilingRequest revised = parser.parse(merged);
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.revise(filingId, revised, customerData.encrypt(revised), now);
        protection.release(filingId);
        try {
            protection.claim(filingId, filing.filer(), revised.identity(), now).ifPresent(other -> {
                throw new InvalidInputException(fieldOf(other.matchedBy()), "修改后的客户已由其他销售报备保护，不能改为此客户");
            });
        } catch (AlreadyFiledException own) {
            throw new InvalidInputException(fieldOf(own.matchedBy()), "修改后的客户您已通过报备 " + own.existingFilingId() + " 保护，不能改为此客户");
        }
        events.record(filingId, FilingEventType.REVISED, actor, now, null);
        boolean late = filing.late() || isLate(filing.filedAt(), revised.visitTime());
        if (late && !filing.late()) {
            filings.markLate(filingId);
            events.record(filingId, FilingEventType.FILED_LATE, actor, now, "visitTime=" + revised.visitTime() + ", revised");
        }
        publisher.publishEvent(CustomerDataAccessed.allowed(filingId, actor, CustomerDataAccessed.Action.CHANGE,
                "revised after rejection"));
        return new Revision(revised, FilingStatus.PENDING_APPROVAL, late);
    }

    /** The corrected filing, waiting for approval again; late when filed less than a day before the visit (F2). */
    public record Revision(FilingRequest request, FilingStatus status, boolean late) {
    }

    /** Rule F2: filed less than a day before the visit, whether the visit time was given at filing or in a revision. */
    private static boolean isLate(OffsetDateTime filedAt, OffsetDateTime visitTime) {
        return filedAt.isAfter(visitTime.minusDays(1));
    }

    /** The form field a conflicting key was computed from, so that the refusal names what the rep changed. */
    private static String fieldOf(KeyType key) {
        return switch (key) {
            case PHONE -> FilingField.CONTACT_PHONE.key();
            case CREDIT_CODE -> FilingField.CREDIT_CODE.key();
            case ID_NUMBER -> FilingField.ID_NUMBER.key();
            case COMPANY_NAME -> FilingField.CUSTOMER_NAME.key();
            case PROPERTY_PHONE -> FilingField.PROPERTY_ID.key();
        };
    }

    private static boolean changes(FilingField field, Object current, Object given) {
        if (given == null || (given instanceof String text && text.isBlank())) {
            return false;
        }
        return !(field.sensitive() && current != null && given.equals(SensitiveVariables.mask(field.key(), current.toString())));
    }

    /** Rule X7: a suspended rep cannot file. */
    public void requireAllowedToFile(String filer) {
        for (FilerRestriction restriction : restrictions) {
            restriction.refusalFor(filer).ifPresent(reason -> {
                throw new FilingRefusedException(reason);
            });
        }
    }

    public FilingStatus withdraw(String filingId, String actor) {
        authority.requireFiler(filingId, actor);
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.close(filingId, FilingStatus.WITHDRAWN, null, now);
        protection.release(filingId);
        events.record(filingId, FilingEventType.WITHDRAWN, actor, now, null);
        return FilingStatus.WITHDRAWN;
    }
}
