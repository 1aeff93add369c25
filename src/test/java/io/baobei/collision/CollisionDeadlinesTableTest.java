package io.baobei.collision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** dmn/collision-deadlines.dmn: negotiation 2 working days, arbitration 3, for every collision kind. */
class CollisionDeadlinesTableTest {

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("dmn", "collision-deadlines.dmn"))) {
            decision = engine.parseDecision("collision-deadlines", in);
        }
    }

    @Test
    void everyKindGetsTheDefaultDeadlines() {
        List<String> kinds = new ArrayList<>(Arrays.stream(CollisionKind.values()).map(Enum::name).toList());
        kinds.add(null);
        for (String kind : kinds) {
            Map<String, Object> in = new HashMap<>();
            in.put("collisionKind", kind);
            DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, in);
            Assertions.assertThat(result.size()).as(String.valueOf(kind)).isEqualTo(1);
            Assertions.assertThat(result.getSingleResult().getEntryMap())
                    .containsEntry("negotiationWorkingDays", 2)
                    .containsEntry("arbitrationWorkingDays", 3);
        }
    }
}
