package io.baobei.collision.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.FailingRuleTable;
import io.baobei.support.Filings;

/**
 * A {@code collision-resolution} case runs in its own transaction: when it fails, the rep's filing that met the
 * protected customer stays stored, the case open, and the failure is an incident that Cockpit shows and retries.
 */
@AppTest
class CollisionCaseOwnTransactionTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    EngineActions actions;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        actions = new EngineActions(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aFailingCollisionCaseNeverUndoesTheRepsFilingAndShowsAsAnIncidentInCockpit() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        Assertions.assertThat(file("rep1", customer).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String collisionId;
        ProcessInstance resolution;
        Job failed;

        try (FailingRuleTable broken = FailingRuleTable.deploy(engine, "collision-deadlines")) {
            ResponseEntity<Map<String, Object>> second = file("rep2", customer);

            Assertions.assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            Assertions.assertThat(second.getBody()).containsEntry("filingStatus", "IN_COLLISION");
            String filingId = (String) second.getBody().get("filingId");
            collisionId = (String) second.getBody().get("collisionId");
            Assertions.assertThat(jdbc.sql("select status from filing where id = :id").param("id", filingId)
                    .query(String.class).single()).isEqualTo("IN_COLLISION");
            resolution = actions.instanceByBusinessKey("collision-resolution", collisionId);
            Assertions.assertThat(jdbc.sql("select process_instance_id from collision where id = :id").param("id", collisionId)
                    .query(String.class).single()).as("the case row, its process attached").isEqualTo(resolution.getId());
            assertThat(resolution).isWaitingAt("collision-reported");

            failed = actions.failJob(resolution);
            Assertions.assertThat(failed.getRetries()).as("R3/PT5M: three attempts").isEqualTo(2);
            engine.getManagementService().setJobRetries(failed.getId(), 1);
            Assertions.assertThat(actions.failJob(resolution).getRetries()).isZero();

            ResponseEntity<List<Map<String, Object>>> incidents = http.withBasicAuth("admin", DemoUsers.PASSWORD).exchange(
                    "/engine-rest/incident?processInstanceId=" + resolution.getId(), HttpMethod.GET, null, LIST);
            Assertions.assertThat(incidents.getBody()).as("what Cockpit lists").singleElement().satisfies(incident -> {
                Assertions.assertThat(incident).containsEntry("incidentType", "failedJob")
                        .containsEntry("activityId", "collision-reported").containsEntry("configuration", failed.getId());
            });
            Assertions.assertThat(jdbc.sql("select status from filing where id = :id").param("id", filingId)
                    .query(String.class).single()).isEqualTo("IN_COLLISION");
        }

        // the table repaired, the operator retries the job as Cockpit does; the case runs on to the negotiation
        ResponseEntity<Void> retried = http.withBasicAuth("admin", DemoUsers.PASSWORD).exchange(
                "/engine-rest/job/" + failed.getId() + "/retries", HttpMethod.PUT, new HttpEntity<>(Map.of("retries", 1), jsonHeaders()),
                Void.class);
        Assertions.assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        actions.executeWhenDue(resolution, failed.getId());
        assertThat(resolution).isWaitingAt("negotiate");
        Assertions.assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(resolution.getId()).count()).isZero();
        Assertions.assertThat(jdbc.sql("select count(*) from notification where recipient = 'rep1' and subject like :s")
                .param("s", "%" + collisionId + "%").query(Integer.class).single()).isPositive();
    }

    private ResponseEntity<Map<String, Object>> file(String rep, Map<String, Object> customer) {
        return http.withBasicAuth(rep, DemoUsers.PASSWORD).exchange("/api/filings", HttpMethod.POST,
                new HttpEntity<>(customer, jsonHeaders()), JSON);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
