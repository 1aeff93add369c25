package io.baobei.rules;

import java.time.OffsetDateTime;

/**
 * A version deployed from the rules page: who, what (the version, and for a rollback the version whose
 * table it restores), when and why.
 */
record RuleDeploymentRecord(String deploymentId, String decisionKey, String decisionDefinitionId, int version,
                                   ChangeKind kind, Integer restoredVersion, String deployedBy,
                                   OffsetDateTime deployedAt, String comment) {
}
