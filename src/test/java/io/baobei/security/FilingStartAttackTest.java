package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import io.baobei.support.Filings;

/**
 * Rule F1b, the filing door: sales, customer service and marketing file; staff of any other group get 403 with
 * the reason on {@code POST /api/filings} and on an engine REST start, never a 500, and nothing is stored.
 */
@AppTest
class FilingStartAttackTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;

    @ParameterizedTest
    @ValueSource(strings = {"hr1", "manager1", "finance1"})
    void staffOutsideTheFilerGroupsAreToldWhyAndNothingIsStored(String user) {
        long filings = count("filing");
        long claims = count("customer_key_claim");
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("customer-filing").count();

        ResponseEntity<Map<String, Object>> api = post(user, "/api/filings", Filings.enterprise(EngineActions.nextCustomer()));
        ResponseEntity<Map<String, Object>> engineRest = post(user, "/engine-rest/process-definition/key/customer-filing/start",
                Map.of("variables", engineVariables(Filings.enterprise(EngineActions.nextCustomer()))));

        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.getBody()).extractingByKey("message").asString()
                .contains("只有销售人员、客服人员、市场人员可以报备客户");
        assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engineRest.getBody()).containsEntry("type", "FilingRefusedException")
                .extractingByKey("message").asString().contains("只有销售人员、客服人员、市场人员可以报备客户");
        assertThat(count("filing")).isEqualTo(filings);
        assertThat(count("customer_key_claim")).isEqualTo(claims);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("customer-filing").count())
                .isEqualTo(instances);
    }

    @ParameterizedTest
    @ValueSource(strings = {"service1", "marketing1"})
    void customerServiceAndMarketingFile(String user) {
        ResponseEntity<Map<String, Object>> response = post(user, "/api/filings", Filings.enterprise(EngineActions.nextCustomer()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("filingStatus", "PENDING_APPROVAL");
        String filer = jdbc.sql("select filer from filing where id = :id").param("id", response.getBody().get("filingId"))
                .query(String.class).single();
        assertThat(filer).isEqualTo(user);
    }

    @Test
    void theStartFormIsOfferedToFilersOnly() {
        assertThat(startable("hr1")).doesNotContain("customer-filing");
        assertThat(startable("finance1")).doesNotContain("customer-filing");
        assertThat(startable("manager1")).doesNotContain("customer-filing");
        assertThat(startable("service1")).contains("customer-filing");
        assertThat(startable("marketing1")).contains("customer-filing");
        assertThat(startable("rep1")).contains("customer-filing");
    }

    private List<Object> startable(String user) {
        ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(
                "/engine-rest/process-definition?latestVersion=true&startablePermissionCheck=true&startableInTasklist=true",
                HttpMethod.GET, null, JSON_LIST);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().stream().map(definition -> definition.get("key")).toList();
    }

    private static Map<String, Object> engineVariables(Map<String, Object> values) {
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Map.of("value", e.getValue())));
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
