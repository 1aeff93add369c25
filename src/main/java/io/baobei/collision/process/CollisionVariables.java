package io.baobei.collision.process;

/** Names of the {@code collision-resolution} process variables. */
final class CollisionVariables {

    static final String COLLISION_ID = "collisionId";
    static final String COLLISION_KIND = "collisionKind";
    static final String FIRST_FILING_ID = "firstFilingId";
    static final String SECOND_FILING_ID = "secondFilingId";
    static final String UNFILED_REPORTER = "unfiledReporter";
    static final String DEADLINES = "deadlines";
    static final String NEGOTIATION_DUE = "negotiationDue";
    static final String AGREED = "agreed";
    static final String RESOLUTION = "resolution";
    static final String RESOLVED_BY = "resolvedBy";
    static final String SPLIT_FIRST_PERCENT = "splitFirstPercent";
    static final String RECOMMENDATION = "recommendation";
    static final String RECOMMENDED_OWNER = "recommendedOwner";
    static final String SHARES = "shares";

    private CollisionVariables() {
    }
}
