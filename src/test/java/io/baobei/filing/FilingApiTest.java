package io.baobei.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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

import io.baobei.conduct.SuspensionService;
import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/** {@code /api/filings} and {@code /api/customers/lookup} over HTTP with basic auth, as the demo users. */
@AppTest
class FilingApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    SuspensionService suspensions;

    @Test
    void aRepFilesACustomerAndGetsTheProtectedFiling() {
        ResponseEntity<Map<String, Object>> response = post("rep1", "/api/filings", Filings.enterprise(EngineActions.nextCustomer()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> body = response.getBody();
        assertThat(body.get("filingId")).asString().matches("F\\d{8}-\\d{5}");
        assertThat(body.get("filingStatus")).isEqualTo("PENDING_APPROVAL");
        assertThat(body.get("processInstanceId")).isNotNull();
        assertThat(body.get("protectedUntil")).isNotNull();
        assertThat(body).containsEntry("collisionId", null);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey((String) body.get("filingId")).count())
                .isEqualTo(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        long filingsBefore = count("filing");
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();
        Map<String, Object> bad = Filings.enterprise(EngineActions.nextCustomer());
        bad.put("contactPhone", "12345");
        bad.put("creditCode", "91440300708461136X");
        bad.put("visitTime", "next tuesday");
        bad.remove("address");

        ResponseEntity<Map<String, Object>> response = post("rep1", "/api/filings", bad);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactlyInAnyOrder("contactPhone", "creditCode", "visitTime", "address");
        assertThat(count("filing")).isEqualTo(filingsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void theEngineRestStartWithBadVariablesFailsTheSameWayAndLeavesNothing() {
        long filingsBefore = count("filing");
        long historyBefore = count("ACT_HI_PROCINST");
        Map<String, Object> request = Map.of("variables", Map.of(
                "customerType", Map.of("value", "INDIVIDUAL"),
                "customerName", Map.of("value", "张三"),
                "contactPhone", Map.of("value", "0000")));

        ResponseEntity<Map<String, Object>> response = post("rep1",
                "/engine-rest/process-definition/key/customer-filing/start", request);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).contains("contactPhone", "address", "region", "visitTime", "visitPurpose");
        assertThat(count("filing")).isEqualTo(filingsBefore);
        assertThat(count("ACT_HI_PROCINST")).isEqualTo(historyBefore);
    }

    @Test
    void aRepFilingACustomerTheyAlreadyHoldGetsTheirFilingWith409() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        String filingId = (String) post("rep1", "/api/filings", customer).getBody().get("filingId");
        long filingsBefore = count("filing");

        customer.put("contactPhone", ((String) customer.get("contactPhone")).replace("+86 ", "").replace("-", ""));
        ResponseEntity<Map<String, Object>> again = post("rep1", "/api/filings", customer);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("filingId", filingId);
        assertThat(count("filing")).isEqualTo(filingsBefore);
    }

    @Test
    void anotherRepFilingTheSameCustomerEndsInCollision() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        post("rep1", "/api/filings", customer);
        customer.put("customerName", ((String) customer.get("customerName")).replace("分公司", " 分公司 "));
        customer.put("contactPhone", "19900000000");

        ResponseEntity<Map<String, Object>> second = post("rep2", "/api/filings", customer);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody()).containsEntry("filingStatus", "IN_COLLISION");
    }

    @Test
    void aFilingIsReadableByItsOwnerTheRegionsManagerAndSalesManagementOnly() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        String filingId = (String) post("rep1", "/api/filings", customer).getBody().get("filingId");
        String path = "/api/filings/" + filingId;

        ResponseEntity<Map<String, Object>> own = get("rep1", path);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) own.getBody().get("customer")).containsEntry("customerName", customer.get("customerName"));
        assertThat(get("manager1", path).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("salesmgmt1", path).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("hr1", path).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("rep2", path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("rep3", path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("manager2", path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("finance1", path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("rep2", path).getBody().toString()).doesNotContain((String) customer.get("customerName"));
    }

    @Test
    void lookupTellsFreeOwnOrProtectedWithoutRevealingTheCustomer() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        String phone = ((String) customer.get("contactPhone")).replace("+86 ", "");
        assertThat(get("rep2", "/api/customers/lookup?phone=" + phone).getBody()).containsEntry("status", "FREE");

        String filingId = (String) post("rep1", "/api/filings", customer).getBody().get("filingId");

        Map<String, Object> own = get("rep1", "/api/customers/lookup?phone=" + phone).getBody();
        assertThat(own).containsEntry("status", "OWN").containsEntry("filingId", filingId);
        Map<String, Object> other = get("rep3", "/api/customers/lookup?creditCode=" + customer.get("creditCode")).getBody();
        assertThat(other).containsEntry("status", "PROTECTED").containsEntry("maskedOwner", "王**")
                .containsEntry("filingId", null);
        assertThat(other.get("protectedUntil")).isNotNull();
        assertThat(other.toString()).doesNotContain((String) customer.get("customerName"), phone);
        assertThat(get("rep2", "/api/customers/lookup?phone=abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aSuspendedRepIsRefusedWith403AndTheReason() {
        String rep = new EngineActions(engine).newRepWhoLogsIn("suspended", "停");
        suspensions.suspend(rep, "暂停报备权限（SALES_VIOLATION）", null);
        long filingsBefore = count("filing");

        ResponseEntity<Map<String, Object>> refused = post(rep, "/api/filings", Filings.enterprise(EngineActions.nextCustomer()));
        // a complete filing: who may file is decided inside the start, after the fields (as on /api/filings)
        Map<String, Object> variables = new HashMap<>();
        Filings.enterprise(EngineActions.nextCustomer()).forEach((field, value) -> variables.put(field, Map.of("value", value)));
        ResponseEntity<Map<String, Object>> restStart = post(rep, "/engine-rest/process-definition/key/customer-filing/start",
                Map.of("variables", variables));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("message")).asString().contains("暂停");
        assertThat(restStart.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(restStart.getBody().get("message")).asString().contains("暂停");
        assertThat(count("filing")).isEqualTo(filingsBefore);
        suspensions.lift(rep, "hr1");
        assertThat(post(rep, "/api/filings", Filings.enterprise(EngineActions.nextCustomer())).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theApiNeedsAUser() {
        ResponseEntity<String> anonymous = http.getForEntity("/api/customers/lookup?phone=13800000000", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // an unknown user, so that no demo user's login gets slowed down by failed attempts
        ResponseEntity<String> wrongPassword = http.withBasicAuth("intruder", "wrong")
                .getForEntity("/api/customers/lookup?phone=13800000000", String.class);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private ResponseEntity<Map<String, Object>> get(String user, String path) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.GET, null, JSON);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
                .map(error -> (String) error.get("field")).toList();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
