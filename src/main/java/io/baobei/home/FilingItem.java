package io.baobei.home;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A filing as the staff page lists it: the customer's name masked (the full data stays behind
 * {@code GET /api/filings/{id}}), the protection end and days left, the caller's part in it, its
 * collisions and the caller's next task.
 */
public record FilingItem(String filingId, String status, String customerType, String customerName, String region,
                         String filer, String filerName, String follower, String followerName, List<String> roles,
                         OffsetDateTime filedAt, OffsetDateTime protectedUntil, Long daysLeft,
                         List<CollisionItem> collisions, CaseTask nextTask) {
}
