package io.baobei.rules;

import java.time.OffsetDateTime;

/**
 * A deployed version of a rule table as the rules page lists it. {@code deployedBy} is the user id, or
 * {@value RuleVersions#SYSTEM} when no user deployed it; {@code via} is {@code RULES_PAGE},
 * {@code ENGINE_REST} (Camunda Modeler, curl) or {@code APPLICATION} (the app's own models at start-up);
 * {@code change}, {@code restoredVersion} and {@code comment} exist for the rules page's deployments only.
 */
public record RuleVersion(int version, String decisionDefinitionId, String deploymentId, String deploymentName,
                          OffsetDateTime deployedAt, String deployedBy, String deployedByName, String via,
                          String viaLabel, ChangeKind change, String changeLabel, Integer restoredVersion,
                          String comment, boolean latest) {
}
