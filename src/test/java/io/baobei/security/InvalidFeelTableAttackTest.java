package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
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
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import io.baobei.platform.deployment.ModelDeployer;
import io.baobei.platform.deployment.ModelResource;
import io.baobei.platform.dmn.DmnXml;
import io.baobei.platform.dmn.FeelSyntax;
import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ModelerDeployment;

/**
 * A decision table whose expressions are marked FEEL (or name no language) but do not parse as FEEL, e.g. an
 * output entry {@code ${7}}, would deploy and then fail every evaluation: every filing would answer 500. It is
 * refused at every door, naming where the expression is without repeating it, and filing keeps working.
 */
@AppTest
class InvalidFeelTableAttackTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final String SECRET = "${'do-not-echo'}";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    DecisionService decisionService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    @Test
    void aTableWithAnOutputEntryThatIsNotFeelIsRefusedOverEngineRestAndFilingKeepsWorking() throws IOException {
        for (String language : new String[] {"feel", null}) {
            for (String user : List.of("analyst1", "admin")) {
                ProtectionPeriodState before = state();

                ResponseEntity<Map<String, Object>> refused = ModelerDeployment.deploy(http, user, "protection-period.dmn",
                        RuleTableExecutionAttackTest.protectionPeriodWith(language, SECRET));

                assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat((String) refused.getBody().get("message")).as(user).contains("protection-period.dmn",
                        "decision \"protection-period\"", "rule 1 \"Rule_inquiry\"", "column \"protectionDays\"",
                        "outputEntry \"LiteralExpression_rule_inquiry_days\" is not valid FEEL (line 1, column 2)")
                        .doesNotContain("do-not-echo");
                assertThat(state()).as(user).isEqualTo(before);
            }
        }
        assertFilingWorks();
    }

    @Test
    void inputEntriesAndInputExpressionsAreParsedTooAndAnEmptyOrDashEntryIsAllowed() throws IOException {
        String badEntry = shipped().replace("<text>\"INQUIRY\"</text>", "<text>${customerStage}</text>");
        String badInput = shipped().replace("<text>customerStage</text>", "<text>customerStage +</text>");
        String anyStage = shipped().replace("<text>\"INQUIRY\"</text>", "<text>-</text>")
                .replace("<text>\"DEPOSIT\"</text>", "<text></text>");
        ProtectionPeriodState before = state();

        ResponseEntity<Map<String, Object>> entry = ModelerDeployment.deploy(http, "analyst1", "protection-period.dmn", badEntry);
        ResponseEntity<Map<String, Object>> input = ModelerDeployment.deploy(http, "admin", "protection-period.dmn", badInput);

        assertThat(entry.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) entry.getBody().get("message")).contains("rule 1 \"Rule_inquiry\"", "column \"Input_customerStage\"",
                "inputEntry \"UnaryTests_rule_inquiry_stage\" is not valid FEEL (line 1, column 2)");
        assertThat(input.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) input.getBody().get("message")).contains("column \"Input_customerStage\"",
                "inputExpression \"InputExpression_customerStage\" is not valid FEEL (line 1, column 15)");
        assertThat(state()).isEqualTo(before);
        assertThat(FeelSyntax.invalidExpressions(root(anyStage))).isEmpty();
    }

    @Test
    void theRulesPageRefusesTheTableOnFieldExpressionBeforeReplayOrDeployment() throws IOException {
        decisionService.evaluateDecisionTableByKey("protection-period", Variables.putValue("customerStage", "INQUIRY"));
        String candidate = RuleTableExecutionAttackTest.protectionPeriodWith(null, SECRET);
        for (String user : List.of("analyst1", "admin")) {
            ProtectionPeriodState before = state();

            ResponseEntity<Map<String, Object>> replay = post(user, "/api/rules/protection-period/replay", candidate,
                    new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8));
            ResponseEntity<Map<String, Object>> deploy = post(user, "/api/rules/protection-period/deployments",
                    Map.of("xml", candidate, "comment", "看起来只是改了 7 天", "change", "UPLOAD"), MediaType.APPLICATION_JSON);

            for (ResponseEntity<Map<String, Object>> refused : List.of(replay, deploy)) {
                assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(refused.getBody().get("errors").toString()).as(user)
                        .contains("field=expression", "LiteralExpression_rule_inquiry_days", "line 1, column 2")
                        .doesNotContain("do-not-echo");
            }
            assertThat(state()).as(user).isEqualTo(before);
        }
        assertFilingWorks();
    }

    @Test
    void theApplicationsOwnTablesAllParseAndABrokenOneFailsTheStartUpDeployment() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("dmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
                assertThat(FeelSyntax.invalidExpressions(root(Files.readString(file)))).as(file.toString()).isEmpty();
            }
        }
        ProtectionPeriodState before = state();
        ModelResource broken = new ModelResource("dmn/protection-period.dmn",
                RuleTableExecutionAttackTest.protectionPeriodWith(null, SECRET).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new ModelDeployer(repositoryService).deploy(List.of(broken)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("dmn/protection-period.dmn")
                .hasMessageContaining("is not valid FEEL");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aBpmnFileDeployedUnderADmnNameIsABadRequestNotAServerError() throws IOException {
        ProtectionPeriodState before = state();

        ResponseEntity<Map<String, Object>> refused = ModelerDeployment.deploy(http, "admin", "protection-period.dmn",
                Files.readString(Path.of("bpmn", "customer-filing.bpmn")));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("protection-period.dmn", "not a DMN file");
        assertThat(state()).isEqualTo(before);
    }

    private void assertFilingWorks() {
        ResponseEntity<Map<String, Object>> filed = post("rep1", "/api/filings", Filings.enterprise(EngineActions.nextCustomer()),
                MediaType.APPLICATION_JSON);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private ProtectionPeriodState state() {
        return ProtectionPeriodState.read(repositoryService, decisionService, jdbc);
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private static Element root(String xml) throws IOException {
        try {
            return DmnXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        } catch (SAXException e) {
            throw new IOException(e);
        }
    }

    private static String shipped() throws IOException {
        return Files.readString(Path.of("dmn", "protection-period.dmn"));
    }
}
