package io.baobei.collision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** dmn/commission-share.dmn (rules C5, C7, C9): one row for every known resolution and any split percentage. */
class CommissionShareTableTest {

    static final Path FILE = Path.of("dmn", "commission-share.dmn");
    static final String[] RESOLUTIONS = {"FIRST", "SECOND", "SHARED", "SPLIT", "VOID_BOTH"};
    static final Integer[] PERCENTS = {null, 0, 30, 50, 100, 150, -5, 101, -1};

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(FILE)) {
            decision = engine.parseDecision("commission-share", in);
        }
    }

    @Test
    void isAUniqueTableWithTheContractOutputs() {
        DecisionTable table = Dmn.readModelFromFile(FILE.toFile()).getModelElementsByType(DecisionTable.class)
                .iterator().next();
        Assertions.assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        Assertions.assertThat(table.getOutputs()).extracting(Output::getName).containsExactly("shareFirst", "shareSecond");
    }

    @Test
    void everyResolutionAndPercentGivesOneResultThatAddsUp() {
        for (String resolution : RESOLUTIONS) {
            for (Integer percent : PERCENTS) {
                DmnDecisionTableResult result = evaluate(resolution, percent);
                Assertions.assertThat(result.size()).as("%s %s", resolution, percent).isEqualTo(1);
                int first = share(result, "shareFirst");
                int second = share(result, "shareSecond");
                Assertions.assertThat(first).as("%s %s", resolution, percent).isBetween(0, 100);
                Assertions.assertThat(second).as("%s %s", resolution, percent).isBetween(0, 100);
                Assertions.assertThat(first + second).as("%s %s", resolution, percent)
                        .isEqualTo("VOID_BOTH".equals(resolution) ? 0 : 100);
            }
        }
    }

    @Test
    void namedShares() {
        assertShares("FIRST", null, 100, 0);
        assertShares("FIRST", 30, 100, 0);
        assertShares("SECOND", null, 0, 100);
        assertShares("SECOND", 30, 0, 100);
        assertShares("SHARED", null, 50, 50);            // C7
        assertShares("SHARED", 30, 50, 50);              // a percentage left over from negotiation is ignored
        assertShares("VOID_BOTH", null, 0, 0);           // C9
        assertShares("VOID_BOTH", 30, 0, 0);
    }

    @Test
    void splitFollowsTheAgreedPercentage() {
        assertShares("SPLIT", 30, 30, 70);
        assertShares("SPLIT", 50, 50, 50);
        assertShares("SPLIT", 0, 0, 100);
        assertShares("SPLIT", 100, 100, 0);
        assertShares("SPLIT", 70L, 70, 30);              // a Long (as engine REST may deliver it) works too
    }

    @Test
    void splitWithoutAUsablePercentageIsFiftyFifty() {
        assertShares("SPLIT", null, 50, 50);
        assertShares("SPLIT", 150, 50, 50);
        assertShares("SPLIT", 101, 50, 50);
        assertShares("SPLIT", -5, 50, 50);
        assertShares("SPLIT", -1, 50, 50);
    }

    @Test
    void unknownResolutionMatchesNothingSoTheCallerFails() {
        Assertions.assertThat(evaluate("HALF", 50).isEmpty()).isTrue();
        Assertions.assertThat(evaluate("first", null).isEmpty()).isTrue();
        Assertions.assertThat(evaluate(null, 50).isEmpty()).isTrue();
        Assertions.assertThat(engine.evaluateDecisionTable(decision, new HashMap<>()).isEmpty()).isTrue();
    }

    @Test
    void sharesAreIntegers() {
        DmnDecisionTableResult result = evaluate("SPLIT", 30);
        Assertions.assertThat(result.getSingleResult().getEntryMap().get("shareFirst")).isInstanceOf(Integer.class);
        Assertions.assertThat(result.getSingleResult().getEntryMap().get("shareSecond")).isInstanceOf(Integer.class);
        Assertions.assertThat(evaluate("FIRST", null).getSingleResult().getEntryMap().get("shareFirst"))
                .isInstanceOf(Integer.class);
    }

    private static void assertShares(String resolution, Number percent, int first, int second) {
        DmnDecisionTableResult result = evaluate(resolution, percent);
        Assertions.assertThat(share(result, "shareFirst")).as("%s %s first", resolution, percent).isEqualTo(first);
        Assertions.assertThat(share(result, "shareSecond")).as("%s %s second", resolution, percent).isEqualTo(second);
    }

    private static DmnDecisionTableResult evaluate(String resolution, Number percent) {
        Map<String, Object> in = new HashMap<>();
        in.put("resolution", resolution);
        in.put("splitFirstPercent", percent);
        return engine.evaluateDecisionTable(decision, in);
    }

    private static int share(DmnDecisionTableResult result, String name) {
        Object value = result.getSingleResult().getEntryMap().get(name);
        Assertions.assertThat(value).as(name).isInstanceOf(Number.class);
        return ((Number) value).intValue();
    }
}
