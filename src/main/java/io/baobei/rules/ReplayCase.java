package io.baobei.rules;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One past evaluation replayed: its inputs, what the table said then ({@code oldOutput}) and what the
 * candidate says ({@code newOutput}), one map of output name to value per matched rule. {@code error}
 * names why the candidate could not evaluate the case (it then counts as failed, not as changed).
 */
public record ReplayCase(String historicDecisionInstanceId, OffsetDateTime evaluatedAt, Integer version,
                         List<PastInput> inputs, List<Map<String, Object>> oldOutput,
                         List<Map<String, Object>> newOutput, boolean changed, String error) {
}
