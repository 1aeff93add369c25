package io.baobei.collision;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.customer.CustomerDataCipher;
import io.baobei.filing.CustomerLookupService;
import io.baobei.filing.Filing;
import io.baobei.filing.FilingOwnershipService;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.SameCustomer;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InvalidInputException;

/**
 * A rep reports a collision by hand (rule C4), e.g. after meeting another rep at the customer's site. The
 * customer is named by its keys; the reporter's own filing is optional — without one they have no
 * claim (C8) — and must be an active filing of the same customer: any other would draw an unrelated
 * filing into the case. Its process starts on {@link CollisionReported}, in this transaction.
 */
@Service
@Transactional
public class CollisionReportService {

    private final CustomerLookupService lookups;
    private final FilingQueryService filings;
    private final FilingOwnershipService ownership;
    private final CollisionCaseService collisions;
    private final CollisionRepository collisionRecords;
    private final CustomerDataCipher cipher;
    private final SameCustomer sameCustomer;
    private final ApplicationEventPublisher publisher;

    public CollisionReportService(CustomerLookupService lookups, FilingQueryService filings, FilingOwnershipService ownership,
                                  CollisionCaseService collisions, CollisionRepository collisionRecords, CustomerDataCipher cipher,
                                  SameCustomer sameCustomer, ApplicationEventPublisher publisher) {
        this.lookups = lookups;
        this.filings = filings;
        this.sameCustomer = sameCustomer;
        this.ownership = ownership;
        this.collisions = collisions;
        this.collisionRecords = collisionRecords;
        this.cipher = cipher;
        this.publisher = publisher;
    }

    public Collision report(String reporter, ManualCollisionReport report) {
        FieldErrors errors = new FieldErrors();
        if (report.statement() == null || report.statement().isBlank()) {
            errors.add("statement", "请写明撞单经过（时间、地点、客户）");
        }
        List<Filing> holders = lookups.holders(report.phone(), report.creditCode(), report.idNumber(), report.name());
        Filing protectedFiling = holders.stream().filter(f -> !f.filer().equals(reporter)).findFirst().orElse(null);
        if (protectedFiling == null) {
            errors.add("phone", holders.isEmpty() ? "该客户当前无人保护，直接报备即可" : "该客户由您本人保护，无需报告撞单");
        }
        Filing own = null;
        if (report.myFilingId() != null && !report.myFilingId().isBlank()) {
            own = filings.find(report.myFilingId()).orElse(null);
            if (own == null || !own.filer().equals(reporter) || !own.status().protects() || !sameCustomer.matches(own,
                    lookups.keys(report.phone(), report.creditCode(), report.idNumber(), report.name()))) {
                errors.add("myFilingId", "应为您本人仍有效的、同一客户的报备编号");
            }
        }
        errors.throwIfAny();
        if (own != null && own.id().equals(protectedFiling.id())) {
            throw new InvalidInputException("myFilingId", "与对方报备相同");
        }
        Collision collision = collisions.open(protectedFiling.id(), own == null ? null : own.id(), reporter,
                CollisionKind.REPORTED, reporter);
        collisionRecords.recordReportStatement(collision.id(), cipher.encrypt(report.statement().trim()));
        ownership.recordCollisionReport(protectedFiling.id(), reporter, collision.id());
        if (own != null) {
            ownership.recordCollisionReport(own.id(), reporter, collision.id());
        }
        publisher.publishEvent(new CollisionReported(collision));
        return collision;
    }
}
