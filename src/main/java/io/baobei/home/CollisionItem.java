package io.baobei.home;

import java.time.OffsetDateTime;

/** A collision as the staff page lists it: who, which filings, where it stands, and the caller's task on it. */
public record CollisionItem(String collisionId, String kind, String status, String region, String firstFilingId,
                            String secondFilingId, String firstRepName, String secondRepName, OffsetDateTime createdAt,
                            CaseTask task) {
}
