package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
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

import io.baobei.platform.deployment.ModelDeployer;
import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.ModelerDeployment;

/**
 * Processes, forms and scripts come with the application: over engine REST nobody deploys anything but decision
 * tables, the administrator included, neither as a new file nor by redeploying the application's deployment.
 */
@AppTest
class ProcessDeploymentAttackTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TestRestTemplate http;

    @Test
    void aProcessDeployedOverEngineRestIsRefusedForAnAnalystAndForTheAdministrator() throws IOException {
        // a filing process that approves itself would be the prize
        String bpmn = Files.readString(Path.of("bpmn", "customer-filing.bpmn"));
        for (String user : List.of("analyst1", "admin")) {
            State before = state();

            ResponseEntity<Map<String, Object>> refused = ModelerDeployment.deploy(http, user, "customer-filing.bpmn", bpmn);

            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat((String) refused.getBody().get("message")).as(user).contains("customer-filing.bpmn", "(.dmn) only");
            assertThat(state()).as(user).isEqualTo(before);
        }
    }

    @Test
    void formsAndScriptsAreRefusedToo() throws IOException {
        State before = state();

        assertThat(ModelerDeployment.deploy(http, "admin", "follow-up.form", Files.readString(Path.of("forms", "follow-up.form")))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ModelerDeployment.deploy(http, "admin", "helper.js", "java.lang.System.exit(1)").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ModelerDeployment.deploy(http, "admin", "table.DMN.bpmn", "<definitions/>").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theApplicationsDeploymentCannotBeRedeployedOverEngineRest() {
        Deployment application = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .orderByDeploymentTime().asc().list().get(0);
        State before = state();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<Map<String, Object>> refused = http.withBasicAuth("admin", DemoUsers.PASSWORD).exchange(
                "/engine-rest/deployment/" + application.getId() + "/redeploy", HttpMethod.POST,
                new HttpEntity<>(Map.of("source", ModelDeployer.DEPLOYMENT_SOURCE), headers), JSON);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("message")).contains("bpmn/customer-filing.bpmn");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aDecisionTableForATenantIsRefused() throws IOException {
        // a version under a tenant the application does not have: invisible to the rules page's history
        String table = Files.readString(Path.of("dmn", "protection-period.dmn"));
        State before = state();

        ResponseEntity<Map<String, Object>> refused = ModelerDeployment.deploy(http, "analyst1", "protection-period.dmn", table,
                Map.of("tenant-id", "t1"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("message")).contains("no tenants");
        assertThat(state()).isEqualTo(before);
        assertThat(repositoryService.createDecisionDefinitionQuery().tenantIdIn("t1").count()).isZero();
    }

    @Test
    void withoutCredentialsNothingReachesTheEngine() throws IOException {
        State before = state();

        ResponseEntity<String> anonymous = http.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(Files.readString(Path.of("bpmn", "customer-filing.bpmn"))), String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theAdministratorStillDeploysADecisionTable() {
        String table = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="admin-probe-definitions" name="probe" namespace="http://camunda.org/schema/1.0/dmn" expressionLanguage="https://www.omg.org/spec/DMN/20191111/FEEL/">
                  <decision id="admin-probe" name="probe" camunda:historyTimeToLive="180">
                    <decisionTable id="admin-probe-table">
                      <input id="in"><inputExpression id="in-expression" typeRef="string" expressionLanguage="feel"><text>customerStage</text></inputExpression></input>
                      <output id="out" name="protectionDays" typeRef="integer" />
                      <rule id="r1"><inputEntry id="e1" expressionLanguage="FEEL"><text>-</text></inputEntry><outputEntry id="o1"><text>1 + 1</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        ResponseEntity<Map<String, Object>> deployed = ModelerDeployment.deploy(http, "admin", "admin-probe.dmn", table);
        try {
            assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("admin-probe").count()).isEqualTo(1);
        } finally {
            repositoryService.deleteDeployment((String) deployed.getBody().get("id"), true);
        }
    }

    /** Deployments, process definitions and form files: what a refused deployment must leave as it was. */
    private record State(long deployments, long processDefinitions, long resources) {
    }

    private State state() {
        return new State(repositoryService.createDeploymentQuery().count(), repositoryService.createProcessDefinitionQuery().count(),
                repositoryService.createDeploymentQuery().list().stream()
                        .mapToLong(d -> repositoryService.getDeploymentResourceNames(d.getId()).size()).sum());
    }
}
