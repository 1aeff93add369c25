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
     * Stores the filing and claims its customer. Protection starts now; its length is set right after
     * by {@link ProtectionService#start} from the {@code protection-period} decision.
     */
    public Registration register(FilingRequest request, String filer, String processInstanceId) {
        if (filer == null || filer.isBlank()) {
            throw new InvalidInputException("filer", "报备人必须是已登录用户");
        }
        requireAllowedToFile(filer);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String id = filings.nextId(now);
        boolean late = now.isAfter(request.visitTime().minusDays(1));
        filings.insert(new Filing(id, null, filer, null, request.region(), request.customerType(), request.customerStage(),
                FilingStatus.PENDING_APPROVAL, customerData.encrypt(request), request.projectName(),
                request.demand(), request.visitTime(), request.visitPurpose(), request.expectedAmount(), null, null, now,
                now, late, false, null, null, null, null, null, null, null));
        filings.attachProcess(id, processInstanceId);
        publisher.publishEvent(CustomerDataAccessed.allowed(id, filer, CustomerDataAccessed.Action.CREATE, "filed"));
        events.record(id, FilingEventType.FILED, filer, now, "stage=" + request.customerStage());
        if (late) {
            events.record(id, FilingEventType.FILED_LATE, filer, now, "visitTime=" + request.visitTime());
        }

        protectionPeriods.releaseExpired(request.identity(), now);
        Optional<ClaimConflict> conflict = protection.claim(id, filer, request.identity(), now);
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

    /**
     * The rep's corrections after a rejection. A submitted value equal to the masked value the form
     * showed means "unchanged". Changed identity re-claims the customer's keys.
     */
    public FilingRequest revise(String filingId, String actor, Map<String, ?> submitted) {
        Filing filing = filings.get(filingId);
        authority.requireFiler(filingId, actor);
        if (!filing.status().protects()) {
            throw new InvalidInputException("resubmit", "报备已作废、撤回或失效，不能修改后重新提交（虚假报备一经发现即作废）");
        }
        Map<String, Object> merged = currentValues(filing);
        submitted.forEach((field, value) -> {
            Object current = merged.get(field);
            boolean unchangedMask = SensitiveVariables.contains(field) && current != null && value != null
                    && value.equals(SensitiveVariables.mask(field, String.valueOf(current)));
            if (merged.containsKey(field) && !unchangedMask) {
                merged.put(field, value);
            }
        });
        FilingRequest revised = parser.parse(merged);
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.revise(filingId, revised, customerData.encrypt(revised), now);
        protection.release(filingId);
        protection.claim(filingId, filing.filer(), revised.identity(), now).ifPresent(other -> {
            throw new InvalidInputException("contactPhone", "修改后的客户已由其他销售报备保护，不能改为此客户");
        });
        events.record(filingId, FilingEventType.REVISED, actor, now, null);
        publisher.publishEvent(CustomerDataAccessed.allowed(filingId, actor, CustomerDataAccessed.Action.CHANGE,
                "revised after rejection"));
        return revised;
    }

    /** Rule X7: a suspended rep cannot file. */
    public void requireAllowedToFile(String filer) {
        for (FilerRestriction restriction : restrictions) {
            restriction.refusalFor(filer).ifPresent(reason -> {
                throw new FilingRefusedException(reason);
            });
        }
    }

    public void withdraw(String filingId, String actor) {
        authority.requireFiler(filingId, actor);
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.close(filingId, FilingStatus.WITHDRAWN, null, now);
        protection.release(filingId);
        events.record(filingId, FilingEventType.WITHDRAWN, actor, now, null);
    }

    private Map<String, Object> currentValues(Filing f) {
        PlainCustomer c = customerData.decrypt(f.customer());
        Map<String, Object> values = new HashMap<>();
        values.put("customerType", f.customerType().name());
        values.put("customerName", c.customerName());
        values.put("contactName", c.contactName());
        values.put("contactPhone", c.contactPhone());
        values.put("address", c.address());
        values.put("region", f.region());
        values.put("visitTime", f.visitTime().toString());
        values.put("visitPurpose", f.visitPurpose());
        values.put("customerStage", f.customerStage().name());
        values.put("creditCode", c.creditCode());
        values.put("legalRepresentative", c.legalRepresentative());
        values.put("idNumber", c.idNumber());
        values.put("propertyId", c.propertyId());
        values.put("relativePhone", c.relativePhone());
        values.put("projectName", f.projectName());
        values.put("demand", f.demand());
        values.put("expectedAmount", f.expectedAmount());
        return values;
    }
}
