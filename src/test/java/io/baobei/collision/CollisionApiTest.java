package io.baobei.collision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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

/** {@code /api/collisions}, help registration and violation reports over HTTP, as the demo users. */
@AppTest
class CollisionApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private static final ParameterizedTypeReference<List<Map<String, Object>>> MESSAGES = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;

    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngine engine;

    @Test
    void aCollisionIsReadableByTheRepsInvolvedTheirManagersAndAdministration() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        post("rep1", "/api/filings", customer);
        Map<String, Object> second = post("rep2", "/api/filings", customer).getBody();
        String collisionId = (String) second.get("collisionId");
        assertThat(collisionId).startsWith("C");
        new EngineActions(engine).startedCase("collision-resolution", collisionId);

        Map<String, Object> view = get("rep2", "/api/collisions/" + collisionId).getBody();
        assertThat((Map<String, Object>) view.get("collision")).containsEntry("kind", "PHONE")
                .containsEntry("status", "NEGOTIATING");
        assertThat((List<?>) view.get("timeline")).isNotEmpty();
        for (String allowed : List.of("rep1", "manager1", "hr1", "salesmgmt1")) {
            assertThat(get(allowed, "/api/collisions/" + collisionId).getStatusCode()).as(allowed).isEqualTo(HttpStatus.OK);
        }
        for (String refused : List.of("rep3", "manager2", "analyst1")) {
            assertThat(get(refused, "/api/collisions/" + collisionId).getStatusCode()).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
        }
        Map<String, Object> outcome = get("finance1", "/api/collisions/" + collisionId).getBody();
        assertThat(outcome).as("finance: the outcome only (rule C13)").containsEntry("collisionId", collisionId)
                .containsEntry("status", "NEGOTIATING").doesNotContainKeys("collision", "reportStatement", "timeline");
        assertThat(http.withBasicAuth("rep1", DemoUsers.PASSWORD).getForEntity("/api/notifications", String.class).getBody())
                .contains(collisionId);
    }

    @Test
    void theCollisionMessageLinksEachRepToTheirNegotiationTaskInTasklist() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        post("rep1", "/api/filings", customer);
        String collisionId = (String) post("rep2", "/api/filings", customer).getBody().get("collisionId");
        new EngineActions(engine).startedCase("collision-resolution", collisionId);
        Task negotiation = taskService.createTaskQuery().processInstanceBusinessKey(collisionId).taskDefinitionKey("negotiate")
                .taskAssignee("rep1").singleResult();

        List<Map<String, Object>> messages = http.withBasicAuth("rep1", DemoUsers.PASSWORD)
                .exchange("/api/notifications", HttpMethod.GET, null, MESSAGES).getBody();

        assertThat(messages).filteredOn(m -> ("/api/collisions/" + collisionId).equals(m.get("link")))
                .extracting(m -> m.get("taskLink"))
                .containsOnly("/camunda/app/tasklist/default/#/?task=" + negotiation.getId());
    }

    @Test
    void aRepReportsACollisionByHand() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        post("rep1", "/api/filings", customer);

        ResponseEntity<Map<String, Object>> report = post("rep3", "/api/collisions",
                Map.of("creditCode", customer.get("creditCode"), "statement", "在客户公司门口遇到同事"));

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(report.getBody()).containsEntry("unfiledReporter", true);
        ResponseEntity<Map<String, Object>> noStatement = post("rep3", "/api/collisions", Map.of("creditCode", customer.get("creditCode")));
        assertThat(noStatement.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map<String, Object>> freeCustomer = post("rep3", "/api/collisions",
                Map.of("phone", "13800000001", "statement", "x"));
        assertThat(freeCustomer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aManagerRecordsSabotageOfADealAndHrSeesItInTheLedger() {
        String filingId = (String) post("rep1", "/api/filings", Filings.enterprise(EngineActions.nextCustomer())).getBody().get("filingId");
        post("rep2", "/api/filings/" + filingId + "/assist", Map.of("note", "协助跟进"));
        Map<String, Object> report = Map.of("person", "rep2", "violation", "SABOTAGE", "filingId", filingId,
                "detail", "向客户散布不实信息阻碍签约");

        assertThat(post("rep1", "/api/conduct/violations", report).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("manager2", "/api/conduct/violations", report).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("manager1", "/api/conduct/violations", Map.of("person", "rep2", "violation", "NAPPING",
                "filingId", filingId, "detail", "x")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("manager1", "/api/conduct/violations", report).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        List<Map<String, Object>> ledger = http.withBasicAuth("hr1", DemoUsers.PASSWORD).exchange("/api/conduct/ledger?person=rep2",
                HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).getBody();
        assertThat(ledger).anyMatch(e -> "SABOTAGE".equals(e.get("code")) && filingId.equals(e.get("evidenceId")));
        assertThat(http.withBasicAuth("rep1", DemoUsers.PASSWORD).getForEntity("/api/conduct/ledger?person=rep2", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aColleagueRegistersHelpOnAFiling() {
        String filingId = (String) post("rep1", "/api/filings", Filings.enterprise(EngineActions.nextCustomer())).getBody().get("filingId");

        ResponseEntity<Map<String, Object>> assist = post("rep2", "/api/filings/" + filingId + "/assist", Map.of("note", "协助演示"));

        assertThat(assist.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(assist.getBody()).containsEntry("helper", "rep2").containsEntry("status", "REGISTERED");
        assertThat(post("rep1", "/api/filings/" + filingId + "/assist", Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private ResponseEntity<Map<String, Object>> get(String user, String path) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.GET, null, JSON);
    }
}
