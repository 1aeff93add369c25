package io.baobei.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
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

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ModelerDeployment;

/**
 * The app's own model deployment, and analysts deploying decision tables over engine REST as Camunda
 * Modeler does. Restarts and jar/directory switches are covered on PostgreSQL by ModelDeploymentRestartIT.
 */
@AppTest
class ModelDeploymentTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    DecisionService decisionService;
    @Autowired
    TestRestTemplate http;

    @Test
    void everyBpmnDmnAndFormFileIsDeployedUnderItsStableName() {
        List<String> onClasspath = new ClasspathModels().load().stream().map(ModelResource::name).toList();
        assertThat(onClasspath).contains("bpmn/customer-filing.bpmn", "dmn/protection-period.dmn", "forms/approve-filing.form");

        List<String> deployed = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).list()
                .stream().flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream()).toList();
        assertThat(deployed).containsAll(onClasspath);
    }

    @Test
    void redeployingUnchangedModelsDeploysNothing() {
        long deployments = repositoryService.createDeploymentQuery().count();
        new ModelDeployer(repositoryService).deploy(new ClasspathModels().load());
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void eachTaskFormAndTheStartFormAreServedToTheirUsers() {
        ResponseEntity<Map<String, Object>> start = get("rep1", "/engine-rest/process-definition/key/customer-filing/deployed-start-form");
        assertThat(start.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(start.getBody()).containsEntry("id", "filing-start");

        String filingId = (String) post("rep1", "/api/filings", Filings.enterprise(EngineActions.nextCustomer())).getBody().get("filingId");
        List<Map<String, Object>> tasks = list("manager1", "/engine-rest/task?processInstanceBusinessKey=" + filingId);
        assertThat(tasks).hasSize(1);
        ResponseEntity<Map<String, Object>> form = get("manager1", "/engine-rest/task/" + tasks.get(0).get("id") + "/deployed-form");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).containsEntry("id", "approve-filing");
    }

    @Test
    void anAnalystsDecisionTableIsUsedByTheNextEvaluationWithoutARestart() throws IOException {
        String original = Files.readString(Path.of("dmn/protection-period.dmn"));
        String tenDays = original.replaceFirst("<text>7</text>", "<text>10</text>");
        assertThat(tenDays).isNotEqualTo(original);
        try {
            ResponseEntity<Map<String, Object>> deployed = deploy("analyst1", "protection-period.dmn", tenDays);
            assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);

            assertThat(inquiryDays()).isEqualTo(10);
            EngineActions.setClock(EngineActions.NOW);
            Map<String, Object> filed = post("rep1", "/api/filings", Filings.enterprise(EngineActions.nextCustomer())).getBody();
            assertThat(OffsetDateTime.parse((String) filed.get("protectedUntil"))).isEqualTo(EngineActions.NOW.plusDays(10));
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
            deploy("analyst1", "protection-period.dmn", original);
        }
        assertThat(inquiryDays()).isEqualTo(7);
    }

    @Test
    void analystsMayEvaluateDecisionsOverRest() {
        ResponseEntity<List<Map<String, Object>>> result = http.withBasicAuth("analyst1", DemoUsers.PASSWORD).exchange(
                "/engine-rest/decision-definition/key/protection-period/evaluate", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", Map.of("customerStage", Map.of("value", "DEPOSIT"))), jsonHeaders()),
                new ParameterizedTypeReference<>() {
                });
        assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(result.getBody().get(0).toString()).contains("protectionDays").contains("value=90");
    }

    @Test
    void analystsMayDeployDecisionTablesOnly() throws IOException {
        String bpmn = Files.readString(Path.of("bpmn/customer-filing.bpmn"));
        ResponseEntity<Map<String, Object>> refused = deploy("analyst1", "customer-filing.bpmn", bpmn);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("message")).asString().contains("customer-filing.bpmn");

        String form = Files.readString(Path.of("forms/follow-up.form"));
        assertThat(deploy("analyst1", "follow-up.form", form).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy("rep1", "protection-period.dmn", Files.readString(Path.of("dmn/protection-period.dmn")))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aDecisionTableWithoutHistoryTimeToLiveStillDeploysWithTheEngineDefault() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="ttl-probe-definitions" name="ttl" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="ttl-probe" name="TTL probe">
                    <decisionTable id="ttl-probe-table">
                      <input id="in"><inputExpression id="in-expr" typeRef="string"><text>customerStage</text></inputExpression></input>
                      <output id="out" name="protectionDays" typeRef="integer" />
                      <rule id="r1"><inputEntry id="e1"><text>-</text></inputEntry><outputEntry id="o1"><text>1</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        assertThat(deploy("analyst1", "ttl-probe.dmn", dmn).getStatusCode()).isEqualTo(HttpStatus.OK);
        DecisionDefinition probe = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("ttl-probe")
                .latestVersion().singleResult();
        assertThat(probe.getHistoryTimeToLive()).isEqualTo(180);
    }

    private int inquiryDays() {
        return ((Number) decisionService.evaluateDecisionTableByKey("protection-period",
                Variables.putValue("customerStage", "INQUIRY")).getSingleEntry()).intValue();
    }

    private ResponseEntity<Map<String, Object>> deploy(String user, String fileName, String content) {
        return ModelerDeployment.deploy(http, user, fileName, content);
    }

    private ResponseEntity<Map<String, Object>> get(String user, String path) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.GET, null, JSON);
    }

    private List<Map<String, Object>> list(String user, String path) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).getBody();
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()), JSON);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
