package io.baobei.rules;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A real evaluation of a rule table from the engine's decision history, with the version that made it. */
public record PastCase(String id, OffsetDateTime evaluatedAt, Integer version, List<PastInput> inputs,
                       List<Map<String, Object>> outputs) {
}
