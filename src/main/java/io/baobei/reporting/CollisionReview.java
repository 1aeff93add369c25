package io.baobei.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A month's collision review: the figures as compiled and each region's causes and measures. */
public record CollisionReview(String period, JsonNode figures, List<Measure> measures) {

    public record Measure(String region, String causes, String measures, String recordedBy, OffsetDateTime recordedAt) {
    }
}
