package io.baobei.collision;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import io.baobei.filing.CustomerType;
import io.baobei.filing.EncryptedCustomer;
import io.baobei.filing.Filing;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingValidity;
import io.baobei.filing.FollowUpService;
import io.baobei.filing.RecordedContact;

/**
 * The inputs of the {@code ownership-arbitration} decision (rules C6–C8, C6b), taken from the record as it
 * stood when the later of the two filings was made: filing order, whether each filing was valid
 * (complete, true, protecting), how complete each is, the contacts each rep recorded before, and
 * help registered between them before the later filing. The thresholds that turn these into a
 * recommendation live in the table.
 */
@Component
public class CollisionEvidence {

    /** The decision's inputs, in the order the arbitrate form and the recorded case show them. */
    public static final List<String> INPUTS = List.of("firstFiled", "secondFiled", "filingGapHours", "firstValid",
            "secondValid", "firstCompleteness", "secondCompleteness", "firstContactsBeforeSecond",
            "secondContactsBeforeSecond", "firstFollowUpScore", "secondFollowUpScore", "helpRegistered");

    private final FilingQueryService filings;
    private final FilingValidity validity;
    private final ArbitrationRecords records;
    private final FollowUpService followUps;

    public CollisionEvidence(FilingQueryService filings, FilingValidity validity, ArbitrationRecords records,
                             FollowUpService followUps) {
        this.filings = filings;
        this.validity = validity;
        this.records = records;
        this.followUps = followUps;
    }

    public Map<String, Object> arbitrationInputs(Collision collision) {
        Filing first = filings.get(collision.firstFilingId());
        Filing second = collision.secondFilingId() == null ? null : filings.get(collision.secondFilingId());
        OffsetDateTime later = second == null ? collision.createdAt()
                : Stream.of(first.filedAt(), second.filedAt()).max(OffsetDateTime::compareTo).orElseThrow();
        List<String> customerFilings = Stream.of(first, second).filter(Objects::nonNull).map(Filing::id).toList();
        List<RecordedContact> firstContacts = followUps.contactsBefore(collision.firstRep(), customerFilings, later);
        List<RecordedContact> secondContacts = followUps.contactsBefore(collision.secondRep(), customerFilings, later);

        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("firstFiled", true); // the first side of a case is always the filing that holds the customer
        inputs.put("secondFiled", second != null);
        inputs.put("filingGapHours", second == null ? null : hoursBetween(first.filedAt(), second.filedAt()));
        inputs.put("firstValid", valid(first, later));
        inputs.put("secondValid", second != null && valid(second, later));
        inputs.put("firstCompleteness", completeness(first));
        inputs.put("secondCompleteness", second == null ? null : completeness(second));
        inputs.put("firstContactsBeforeSecond", firstContacts.size());
        inputs.put("secondContactsBeforeSecond", secondContacts.size());
        inputs.put("firstFollowUpScore", followUpScore(firstContacts));
        inputs.put("secondFollowUpScore", followUpScore(secondContacts));
        inputs.put("helpRegistered", records.helpedBefore(collision.firstFilingId(), collision.secondRep(), later)
                || records.helpedBefore(collision.secondFilingId(), collision.firstRep(), later));
        return inputs;
    }

    /** Hours from the first filing to the second: negative when the second was made earlier. */
    static double hoursBetween(OffsetDateTime first, OffsetDateTime second) {
        return Duration.between(first, second).toMillis() / 3_600_000.0;
    }

    /** 有效报备 (P9 §三.1): complete (F2), not found false, and holding the customer when the later filing came. */
    private boolean valid(Filing filing, OffsetDateTime later) {
        return validity.complete(filing) && !records.foundFalse(filing.id()) && validity.protectingAt(filing, later);
    }

    /**
     * How much of the filing form is filled (填表详细程度, P9 §七.2), in percent of the fields that apply to the
     * customer type: the F2 fields, an enterprise's credit code and legal representative or an individual's
     * ID number, and the project, demand and expected amount known at filing.
     */
    static int completeness(Filing f) {
        EncryptedCustomer c = f.customer();
        List<Object> fields = new ArrayList<>(Arrays.asList(c.customerName(), c.contactName(), c.contactPhone(),
                c.address(), f.visitTime(), f.visitPurpose(), f.projectName(), f.demand(), f.expectedAmount()));
        if (f.customerType() == CustomerType.ENTERPRISE) {
            fields.add(c.creditCode());
            fields.add(c.legalRepresentative());
        } else {
            fields.add(c.idNumber());
        }
        long filled = fields.stream().filter(CollisionEvidence::filled).count();
        return (int) Math.round(100.0 * filled / fields.size());
    }

    /**
     * Follow-up strength (跟踪情况, P9 §七.2) from the recorded contacts only: the share, in percent, of the four
     * facts the records show — a contact at all (接洽反馈), an expected amount, a unit price and an expected
     * signing date noted at a contact. What was typed at filing does not count.
     */
    static int followUpScore(List<RecordedContact> contacts) {
        List<Predicate<List<RecordedContact>>> facts = List.of(
                list -> !list.isEmpty(),
                list -> list.stream().anyMatch(c -> positive(c.expectedAmount())),
                list -> list.stream().anyMatch(c -> positive(c.unitPrice())),
                list -> list.stream().anyMatch(c -> c.expectedSignDate() != null));
        long shown = facts.stream().filter(fact -> fact.test(contacts)).count();
        return (int) (100 * shown / facts.size());
    }

    private static boolean filled(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
