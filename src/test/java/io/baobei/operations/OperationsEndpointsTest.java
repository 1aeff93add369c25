package io.baobei.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
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

/** Health probes and the Prometheus scrape, over HTTP as a monitoring system and an administrator would read them. */
@AppTest
class OperationsEndpointsTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    MetricsSchedule gauges;
    @Autowired
    ProcessEngine engine;

    @Test
    void aFilingAndACollisionMoveTheirCountersAndTheGaugesShowTheWork() {
        String before = scrape();
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());

        assertThat(file("rep1", customer).getBody()).containsEntry("filingStatus", "PENDING_APPROVAL");
        Map<String, Object> collided = file("rep2", customer).getBody();
        assertThat(collided).containsEntry("filingStatus", "IN_COLLISION");
        new EngineActions(engine).startedCase("collision-resolution", (String) collided.get("collisionId"));
        assertThat(http.withBasicAuth("rep3", DemoUsers.PASSWORD)
                .getForEntity("/api/customers/lookup?creditCode=" + customer.get("creditCode"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        gauges.refresh();
        String after = scrape();

        assertThat(value(after, "baobei_filings_total", "status=\"PENDING_APPROVAL\""))
                .isEqualTo(value(before, "baobei_filings_total", "status=\"PENDING_APPROVAL\"") + 1);
        assertThat(value(after, "baobei_filings_total", "status=\"IN_COLLISION\""))
                .isEqualTo(value(before, "baobei_filings_total", "status=\"IN_COLLISION\"") + 1);
        assertThat(value(after, "baobei_collisions_total", "kind=\"PHONE\""))
                .isEqualTo(value(before, "baobei_collisions_total", "kind=\"PHONE\"") + 1);
        assertThat(value(after, "baobei_customer_lookup_seconds_count"))
                .isGreaterThan(value(before, "baobei_customer_lookup_seconds_count"));
        assertThat(after).contains("baobei_customer_lookup_seconds_bucket");
        assertThat(value(after, "baobei_tasks_open", "task=\"approve-filing\"", "age=\"under-1d\"")).isGreaterThanOrEqualTo(1);
        assertThat(after).contains("baobei_jobs{", "state=\"due\"", "state=\"failed\"");
        assertThat(after).contains("baobei_outbox_messages{", "status=\"PENDING\"", "status=\"FAILED\"");
        assertThat(value(after, "camunda_engine_metric", "metric=\"activity-instance-start\"")).isPositive();
        assertThat(value(after, "camunda_engine_metric", "metric=\"executed-decision-instances\"")).isPositive();
    }

    @Test
    void anonymousHealthIsUpWithoutDetailsAndTheProbesAnswer() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ResponseEntity<Map<String, Object>> health = http.exchange(path, HttpMethod.GET, null, JSON);
            assertThat(health.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(health.getBody()).as(path).containsEntry("status", "UP").doesNotContainKeys("components", "details");
        }
    }

    @Test
    void anAdministratorSeesTheHealthComponents() {
        ResponseEntity<Map<String, Object>> readiness = http.withBasicAuth("admin", DemoUsers.PASSWORD)
                .exchange("/actuator/health/readiness", HttpMethod.GET, null, JSON);

        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> components = (Map<String, Object>) readiness.getBody().get("components");
        assertThat(components).containsKeys("db", "processEngine", "jobExecutor", "customerDataKey", "readinessState");
        assertThat((Map<String, Object>) components.get("customerDataKey")).containsEntry("status", "UP");
        assertThat((Map<String, Object>) ((Map<String, Object>) components.get("jobExecutor")).get("details"))
                .as("the tests run without job executor").containsEntry("enabled", false);
    }

    private String scrape() {
        ResponseEntity<String> scrape = http.withBasicAuth("admin", DemoUsers.PASSWORD).getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        return scrape.getBody();
    }

    /** The sample of that metric whose labels contain all of {@code labels}; 0 when there is none yet. */
    private static double value(String scrape, String metric, String... labels) {
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    private ResponseEntity<Map<String, Object>> file(String rep, Map<String, Object> customer) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth(rep, DemoUsers.PASSWORD)
                .exchange("/api/filings", HttpMethod.POST, new HttpEntity<>(customer, headers), JSON);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response;
    }
}
