package io.baobei.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** dmn/return-visit-interval.dmn (F11, P5): one row per customer type, 30 days after the contract date. */
class ReturnVisitIntervalTableTest {

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("dmn", "return-visit-interval.dmn"))) {
            decision = engine.parseDecision("return-visit-interval", in);
        }
    }

    @Test
    void everyCustomerTypeIsVisitedThirtyDaysAfterSigning() {
        for (String type : List.of("INDIVIDUAL", "ENTERPRISE", "OTHER")) {
            DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, Map.of("customerType", type));
            Assertions.assertThat(result.size()).as(type).isEqualTo(1);
            Assertions.assertThat(result.getSingleResult().getEntryMap()).containsEntry("returnVisitDays", 30);
        }
    }

    @Test
    void theTableIsUniqueKeepsItsHistoryAndCitesThePolicy() throws IOException {
        String dmn = Files.readString(Path.of("dmn", "return-visit-interval.dmn"));
        Assertions.assertThat(dmn).contains("hitPolicy=\"UNIQUE\"", "camunda:historyTimeToLive=\"180\"", "P5 第十二条",
                "name=\"returnVisitDays\" typeRef=\"integer\"");
    }
}
