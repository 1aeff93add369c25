package io.baobei.collision;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import io.baobei.filing.Filing;
import io.baobei.filing.FilingRepository;
import io.baobei.filing.FollowUpRepository;

/**
 * The inputs of the {@code ownership-arbitration} decision (rule C6): filing order, completeness of
 * each filing, strength of each follow-up, and whether each rep filed at all (C8). The thresholds
 * that turn these into a recommendation live in the table.
 */
@Component
public class CollisionEvidence {

    private final FilingRepository filings;
    private final FollowUpRepository followUps;

    public CollisionEvidence(FilingRepository filings, FollowUpRepository followUps) {
        this.filings = filings;
        this.followUps = followUps;
    }

    public Map<String, Object> arbitrationInputs(Collision collision) {
        Filing first = filings.get(collision.firstFilingId());
        Filing second = collision.secondFilingId() == null ? null : filings.get(collision.secondFilingId());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("filingGapHours", second == null ? 0.0
                : Duration.between(first.filedAt(), second.filedAt()).toMinutes() / 60.0);
        inputs.put("firstCompleteness", completeness(first));
        inputs.put("secondCompleteness", second == null ? 0 : completeness(second));
        inputs.put("firstFollowUpScore", followUpScore(first));
        inputs.put("secondFollowUpScore", second == null ? 0 : followUpScore(second));
        inputs.put("firstFiled", true);
        inputs.put("secondFiled", second != null);
        return inputs;
    }

    /**
     * Every valid filing has the required fields of rule F2 (60); the optional ones a careful rep adds
     * (project, demand, expected amount, and the ID number of an individual or the property asked about)
     * make up the rest.
     */
    static int completeness(Filing f) {
        long optional = Stream.of(f.projectName(), f.demand(), f.expectedAmount(),
                f.customerType().isOrganisation() ? f.customer().legalRepresentative() : f.customer().idNumber(),
                f.customer().propertyId()).filter(v -> v != null).count();
        return 60 + (int) (40 * optional / 5);
    }

    /** Expected amount, unit price, expected signing date and recorded contact feedback, a quarter each. */
    int followUpScore(Filing f) {
        int score = 0;
        score += positive(f.expectedAmount()) ? 25 : 0;
        score += positive(f.unitPrice()) ? 25 : 0;
        score += f.expectedSignDate() != null ? 25 : 0;
        score += followUps.countFor(f.id()) > 0 ? 25 : 0;
        return score;
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
