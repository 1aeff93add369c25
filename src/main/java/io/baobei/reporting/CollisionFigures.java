package io.baobei.reporting;

import java.util.Map;

/**
 * Rule C11: one region's (or all regions') collisions of a period — how many, why, how they ended and how
 * long they took to resolve.
 */
public record CollisionFigures(String region, int collisions, Map<String, Integer> byCause, Map<String, Integer> byOutcome,
                               Double averageHoursToResolution) {
}
