package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.platform.deployment.ModelDeployer;
import io.baobei.platform.deployment.ModelResource;
import io.baobei.platform.security.DemoUsers;
import io.baobei.rules.CandidateEngine;
import io.baobei.support.AppTest;
import io.baobei.support.ModelerDeployment;

/**
 * A rule table computes; it never executes. A decision table whose expressions are JUEL or a script (here: a
 * command that creates a file) is refused at every door before anything is evaluated, and a table that got
 * into the database anyway cannot run: the engine's DMN engine evaluates FEEL only.
 */
@AppTest
class RuleTableExecutionAttackTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final String INQUIRY_OUTPUT = "<outputEntry id=\"LiteralExpression_rule_inquiry_days\">";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    DecisionService decisionService;
    @Autowired
    ProcessEngineConfiguration engineConfiguration;
    @Autowired
    CandidateEngine candidateEngine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    @TempDir
    Path temp;

    /** Creates the file named {@code marker} when evaluated as JUEL: it calls {@code Runtime.exec}. */
    static String juelTouching(Path marker) {
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + marker
                + "').waitFor()}";
    }

    /** The shipped protection period whose INQUIRY row computes its days with {@code expression} in {@code language}. */
    static String protectionPeriodWith(String language, String expression) throws IOException {
        String shipped = shipped();
        String attacked = shipped.replace(INQUIRY_OUTPUT,
                        INQUIRY_OUTPUT.replace(">", (language == null ? "" : " expressionLanguage=\"" + language + "\"") + ">"))
                .replaceFirst("<text>7</text>", Matcher.quoteReplacement("<text>" + expression + "</text>"));
        assertThat(attacked).isNotEqualTo(shipped);
        return attacked;
    }

    /** The same, with JUEL named once for the whole file on {@code <definitions>}. */
    static String protectionPeriodWithJuelForTheWholeFile(String expression) throws IOException {
        return protectionPeriodWith(null, expression).replaceFirst("<definitions ", "<definitions expressionLanguage=\"juel\" ");
    }

    @Test
    void theJuelPayloadRunsCodeOnADmnEngineThatIsNotRestricted() throws IOException {
        // what every other test here refuses: Camunda's default DMN engine runs it and the file appears
        Path marker = temp.resolve("unrestricted");
        DmnEngine unrestricted = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision decision = unrestricted.parseDecision("protection-period",
                new ByteArrayInputStream(protectionPeriodWith("juel", juelTouching(marker)).getBytes(StandardCharsets.UTF_8)));

        unrestricted.evaluateDecisionTable(decision, Variables.putValue("customerStage", "INQUIRY"));

        assertThat(marker).exists();
    }

    @Test
    void aJuelTableDeployedOverEngineRestIsRefusedForAnAnalystAndForTheAdministrator() throws IOException {
        for (String user : List.of("analyst1", "admin")) {
            Path marker = temp.resolve("engine-rest-" + user);
            ProtectionPeriodState before = state();

            ResponseEntity<Map<String, Object>> refused = ModelerDeployment.deploy(http, user, "protection-period.dmn",
                    protectionPeriodWith("juel", juelTouching(marker)));

            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) refused.getBody().get("message")).as(user)
                    .contains("FEEL only", "protection-period.dmn", "LiteralExpression_rule_inquiry_days", "expressionLanguage=\"juel\"");
            assertThat(state()).as(user).isEqualTo(before);
            assertThat(marker).doesNotExist();
        }
    }

    @Test
    void aScriptTableAndAFileWideJuelLanguageAreRefusedOverEngineRest() throws IOException {
        Path marker = temp.resolve("script");
        ProtectionPeriodState before = state();
        String javascript = protectionPeriodWith("javascript", "java.lang.Runtime.getRuntime().exec('touch " + marker + "')");
        String wholeFile = protectionPeriodWithJuelForTheWholeFile(juelTouching(marker));

        ResponseEntity<Map<String, Object>> script = ModelerDeployment.deploy(http, "analyst1", "protection-period.dmn", javascript);
        ResponseEntity<Map<String, Object>> definitions = ModelerDeployment.deploy(http, "admin", "protection-period.dmn", wholeFile);

        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) script.getBody().get("message")).contains("expressionLanguage=\"javascript\"");
        assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) definitions.getBody().get("message")).contains("definitions \"Definitions_protection_period\"",
                "expressionLanguage=\"juel\"");
        assertThat(state()).isEqualTo(before);
        assertThat(marker).doesNotExist();
    }

    @Test
    void aJuelCandidateIsRefusedByTheReplayBeforeAnythingIsEvaluated() throws IOException {
        // a past evaluation for the replay to run the candidate against, were it accepted
        decisionService.evaluateDecisionTableByKey("protection-period", Variables.putValue("customerStage", "INQUIRY"));
        for (String candidate : List.of(protectionPeriodWith("juel", juelTouching(temp.resolve("replay"))),
                protectionPeriodWith("javascript", "java.lang.Runtime.getRuntime().exec('touch " + temp.resolve("replay") + "')"),
                protectionPeriodWithJuelForTheWholeFile(juelTouching(temp.resolve("replay"))))) {
            ProtectionPeriodState before = state();

            ResponseEntity<Map<String, Object>> refused = post("/api/rules/protection-period/replay", candidate,
                    new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8));

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("errors").toString()).contains("field=expressionLanguage", "只能使用 FEEL");
            assertThat(state()).isEqualTo(before);
        }
        assertThat(temp.resolve("replay")).doesNotExist();
    }

    @Test
    void aJuelTableIsNotDeployedFromTheRulesPage() throws IOException {
        Path marker = temp.resolve("rules-page");
        ProtectionPeriodState before = state();
        Map<String, String> body = Map.of("xml", protectionPeriodWith("juel", juelTouching(marker)), "comment", "看起来只是改了 7 天",
                "change", "UPLOAD");

        ResponseEntity<Map<String, Object>> refused = post("/api/rules/protection-period/deployments", body, MediaType.APPLICATION_JSON);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").toString()).contains("field=expressionLanguage", "LiteralExpression_rule_inquiry_days");
        assertThat(state()).isEqualTo(before);
        assertThat(marker).doesNotExist();
    }

    @Test
    void theApplicationsOwnModelsAreCheckedToo() throws IOException {
        // a JUEL table committed to the repository's dmn/ folder fails the application's start-up deployment
        Path marker = temp.resolve("app-models");
        ProtectionPeriodState before = state();
        ModelResource attacked = new ModelResource("dmn/protection-period.dmn",
                protectionPeriodWith("juel", juelTouching(marker)).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new ModelDeployer(repositoryService).deploy(List.of(attacked)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("dmn/protection-period.dmn");
        assertThat(state()).isEqualTo(before);
        assertThat(marker).doesNotExist();
    }

    @Test
    void theRulesPagesEngineRefusesToEvaluateJuelEvenWithoutTheCheck() throws IOException {
        Path marker = temp.resolve("candidate-engine");
        DmnDecision decision = candidateEngine.parse(
                candidateEngine.read(protectionPeriodWith("juel", juelTouching(marker)).getBytes(StandardCharsets.UTF_8)),
                "protection-period");

        assertThatThrownBy(() -> candidateEngine.evaluate(decision, Map.of("customerStage", "INQUIRY")))
                .hasStackTraceContaining("FEEL only");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aJuelOrScriptTableThatGotIntoTheDatabaseCannotRun() {
        for (String language : List.of("juel", "javascript")) {
            Path marker = temp.resolve("stored-" + language);
            String key = "slipped-in-" + language;
            ResponseEntity<Map<String, Object>> deployed = ModelerDeployment.deploy(http, "analyst1", key + ".dmn",
                    table(key, null, "1"));
            assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
            String deploymentId = (String) deployed.getBody().get("id");
            try {
                // written behind the engine's back, as a table stored before the checks existed would be
                String expression = language.equals("juel") ? juelTouching(marker)
                        : "java.lang.Runtime.getRuntime().exec('touch " + marker + "')";
                assertThat(jdbc.sql("update ACT_GE_BYTEARRAY set BYTES_ = :bytes where DEPLOYMENT_ID_ = :deployment")
                        .param("bytes", table(key, language, expression).getBytes(StandardCharsets.UTF_8))
                        .param("deployment", deploymentId).update()).isEqualTo(1);
                ((ProcessEngineConfigurationImpl) engineConfiguration).getDeploymentCache().discardDecisionDefinitionCache();

                ResponseEntity<String> overRest = http.withBasicAuth("analyst1", DemoUsers.PASSWORD).exchange(
                        "/engine-rest/decision-definition/key/" + key + "/evaluate", HttpMethod.POST,
                        new HttpEntity<>(Map.of("variables", Map.of("customerStage", Map.of("value", "INQUIRY"))), jsonHeaders()),
                        String.class);
                assertThat(overRest.getStatusCode().is2xxSuccessful()).as(language + ": " + overRest.getBody()).isFalse();
                assertThatThrownBy(() -> decisionService.evaluateDecisionTableByKey(key, Variables.putValue("customerStage", "INQUIRY")))
                        .as(language).hasStackTraceContaining("FEEL only");
                assertThat(marker).doesNotExist();
            } finally {
                repositoryService.deleteDeployment(deploymentId, true);
            }
        }
    }

    /** A one-row table of key {@code key} whose output is {@code expression} in {@code language} (FEEL when null). */
    private static String table(String key, String language, String expression) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="%1$s-definitions" name="%1$s" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%1$s" name="%1$s" camunda:historyTimeToLive="180">
                    <decisionTable id="%1$s-table">
                      <input id="in"><inputExpression id="in-expression" typeRef="string"><text>customerStage</text></inputExpression></input>
                      <output id="out" name="protectionDays" typeRef="integer" />
                      <rule id="r1"><inputEntry id="e1"><text>-</text></inputEntry><outputEntry id="o1"%2$s><text>%3$s</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, language == null ? "" : " expressionLanguage=\"" + language + "\"", expression);
    }

    private ProtectionPeriodState state() {
        return ProtectionPeriodState.read(repositoryService, decisionService, jdbc);
    }

    private ResponseEntity<Map<String, Object>> post(String path, Object body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.withBasicAuth("analyst1", DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static String shipped() throws IOException {
        return Files.readString(Path.of("dmn", "protection-period.dmn"));
    }
}
