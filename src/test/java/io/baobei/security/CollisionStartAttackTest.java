package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static io.baobei.security.StaffHttp.variable;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Issue 12 (2): the second filer forges a collision case over HTTP to take a protected customer. Every way of
 * starting or steering a process from outside (message, signal, start by key, the webapps' copy of the API)
 * is refused, no {@code collision-resolution} starts and the first rep's filing is untouched.
 */
@AppTest
class CollisionStartAttackTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    FilingQueryService filings;

    EngineActions actions;
    StaffHttp http;
    ProcessInstance rep1Filing;
    String rep1FilingId;

    @BeforeEach
    void rep1HoldsACustomer() {
        actions = new EngineActions(engine);
        http = new StaffHttp(rest);
        rep1Filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        rep1FilingId = (String) engine.getRuntimeService().getVariable(rep1Filing.getId(), "filingId");
    }

    @Test
    void aForgedCollisionMessageIsRefused() {
        long before = collisionCases();
        ResponseEntity<String> answer = http.post("rep2", "/engine-rest/message", forgedCollision("collision-reported"));
        assertRefusedAndNothingChanged(answer, before);
    }

    @Test
    void aForgedCollisionMessageToANamedEngineIsRefused() {
        long before = collisionCases();
        ResponseEntity<String> answer = http.post("rep2", "/engine-rest/engine/default/message", forgedCollision("collision-reported"));
        assertRefusedAndNothingChanged(answer, before);
    }

    @Test
    void aSignalIsRefused() {
        long before = collisionCases();
        ResponseEntity<String> answer = http.post("rep2", "/engine-rest/signal", Map.of("name", "collision-reported",
                "variables", Map.of("collisionKind", variable("CUSTOMER_CHOICE"), "arbitrators", variable("rep2"))));
        assertRefusedAndNothingChanged(answer, before);
    }

    @Test
    void startingCollisionResolutionByKeyIsRefused() {
        long before = collisionCases();
        ResponseEntity<String> answer = http.post("rep2", "/engine-rest/process-definition/key/collision-resolution/start",
                Map.of("businessKey", "C-FORGED", "variables", forgedVariables()));
        assertRefusedAndNothingChanged(answer, before);
    }

    @Test
    void startingCollisionResolutionByIdIsRefused() {
        long before = collisionCases();
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("collision-resolution").latestVersion().singleResult().getId();
        ResponseEntity<String> answer = http.post("rep2", "/engine-rest/process-definition/" + definitionId + "/submit-form",
                Map.of("variables", forgedVariables()));
        assertRefusedAndNothingChanged(answer, before);
    }

    @Test
    void aForgedCollisionMessageThroughTheWebappsApiIsRefused() {
        long before = collisionCases();
        StaffHttp.WebappSession session = http.webappLogin("rep2");
        ResponseEntity<String> answer = http.webappPost(session, "/camunda/api/engine/engine/default/message",
                forgedCollision("collision-reported"));
        assertRefusedAndNothingChanged(answer, before);
        assertThat(answer.getBody()).contains("AccessDeniedException");
    }

    @Test
    void aCollisionOutcomeCannotBeCorrelatedToAFiling() {
        long before = collisionCases();
        ResponseEntity<String> answer = http.post("rep2", "/engine-rest/message", Map.of(
                "messageName", "collision-resolved",
                "businessKey", rep1FilingId,
                "processVariables", Map.of("resolution", variable("SECOND"), "filingNotice", variable("LOST"))));
        assertRefusedAndNothingChanged(answer, before);
    }

    private Map<String, Object> forgedCollision(String messageName) {
        return Map.of("messageName", messageName, "businessKey", "C-FORGED", "processVariables", forgedVariables());
    }

    private Map<String, Object> forgedVariables() {
        return Map.of(
                "collisionId", variable("C-FORGED"),
                "collisionKind", variable("CUSTOMER_CHOICE"),
                "firstFilingId", variable(rep1FilingId),
                "arbitrators", variable("rep2"));
    }

    private void assertRefusedAndNothingChanged(ResponseEntity<String> answer, long collisionCasesBefore) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(collisionCases()).as("no collision-resolution started").isEqualTo(collisionCasesBefore);
        assertThat(filings.get(rep1FilingId).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        assertThat(filings.get(rep1FilingId).filer()).isEqualTo("rep1");
        assertThat(actions.task(rep1Filing, "approve-filing")).as("rep1's filing still waits for its manager").isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(rep1Filing.getId()).count()).isEqualTo(1);
    }

    private long collisionCases() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("collision-resolution").count();
    }
}
