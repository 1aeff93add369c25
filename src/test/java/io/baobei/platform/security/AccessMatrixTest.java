package io.baobei.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Rule D1 through every door: each demo user × each endpoint × an own, a same-region and an other-region
 * filing is allowed (with clear data only through /api), shown masked, or refused.
 */
@AppTest
class AccessMatrixTest {

    private static final List<String> USERS = List.of("rep1", "rep2", "rep3", "manager1", "manager2", "salesmgmt1", "hr1",
            "finance1", "analyst1", "admin");

    /** Who may read rep1's east filing, rep2's east filing (followed by rep1) and rep3's west filing. */
    private static final Map<String, Set<String>> READERS = Map.of(
            "own", Set.of("rep1", "manager1", "salesmgmt1", "hr1", "admin"),
            "followed", Set.of("rep2", "rep1", "manager1", "salesmgmt1", "hr1", "admin"),
            "otherRegion", Set.of("rep3", "manager2", "salesmgmt1", "hr1", "admin"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    Map<String, Case> cases;

    record Case(String filingId, String processInstanceId, String phone, String name) {
    }

    @BeforeEach
    void fileThreeCustomers() {
        EngineActions actions = new EngineActions(engine);
        Map<String, Object> own = Filings.enterprise(EngineActions.nextCustomer());
        Map<String, Object> followed = Filings.enterprise(EngineActions.nextCustomer());
        Map<String, Object> otherRegion = Filings.enterprise(EngineActions.nextCustomer());
        otherRegion.put("region", "west");
        ProcessInstance followedInstance = actions.file("rep2", followed);
        actions.complete(followedInstance, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(followedInstance, "assign-follower", "manager1", Map.of("follower", "rep1"));
        cases = Map.of(
                "own", caseOf(actions.file("rep1", own), own),
                "followed", caseOf(followedInstance, followed),
                "otherRegion", caseOf(actions.file("rep3", otherRegion), otherRegion));
    }

    @Test
    void theAppsApiGivesCustomerDataToReadersOnly() {
        for (String user : USERS) {
            for (var entry : cases.entrySet()) {
                ResponseEntity<String> answer = get(user, "/api/filings/" + entry.getValue().filingId());
                boolean reader = READERS.get(entry.getKey()).contains(user);
                assertThat(answer.getStatusCode()).as("%s reads %s filing", user, entry.getKey())
                        .isEqualTo(reader ? HttpStatus.OK : HttpStatus.FORBIDDEN);
                if (reader) {
                    assertThat(answer.getBody()).contains(entry.getValue().name());
                } else {
                    assertThat(answer.getBody()).doesNotContain(entry.getValue().name());
                }
            }
        }
        assertThat(jdbc.sql("select count(*) from audit_record where allowed = false and actor = 'rep3' and filing_id = :f")
                .param("f", cases.get("own").filingId()).query(Long.class).single()).as("refused reads are audited").isPositive();
    }

    @Test
    void theEngineShowsACaseToItsReadersOnlyAndOnlyMasked() {
        for (String user : USERS) {
            for (var entry : cases.entrySet()) {
                Case c = entry.getValue();
                boolean reader = READERS.get(entry.getKey()).contains(user);
                String what = user + " on " + entry.getKey() + " filing";
                ResponseEntity<String> instance = get(user, "/engine-rest/process-instance/" + c.processInstanceId());
                ResponseEntity<String> variables = get(user, "/engine-rest/process-instance/" + c.processInstanceId() + "/variables?deserializeValues=false");
                ResponseEntity<String> history = get(user, "/engine-rest/history/variable-instance?processInstanceId=" + c.processInstanceId());
                if (reader) {
                    assertThat(instance.getStatusCode()).as(what).isEqualTo(HttpStatus.OK);
                    assertThat(variables.getStatusCode()).as(what).isEqualTo(HttpStatus.OK);
                    assertThat(variables.getBody()).as(what).contains("****").doesNotContain(c.phone()).doesNotContain(c.name());
                    assertThat(history.getBody()).as(what).contains("filingId").doesNotContain(c.phone());
                } else {
                    assertThat(instance.getStatusCode()).as(what).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
                    assertThat(variables.getStatusCode()).as(what).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
                    assertThat(history.getBody()).as(what).doesNotContain("filingId");
                }
            }
        }
    }

    @Test
    void administrationAuditsWhoReadWhatAndWhoWasRefused() {
        String filingId = cases.get("own").filingId();
        get("manager1", "/api/filings/" + filingId);
        get("rep2", "/api/filings/" + filingId);

        String audit = get("hr1", "/api/audit?filingId=" + filingId).getBody();
        assertThat(audit).contains("\"actor\":\"rep1\"", "\"action\":\"CREATE\"", "\"actor\":\"manager1\"", "\"action\":\"READ\"");
        assertThat(get("hr1", "/api/audit?filingId=" + filingId + "&deniedOnly=true").getBody())
                .contains("\"actor\":\"rep2\"").doesNotContain("\"actor\":\"manager1\"").contains("127.0.0.1");
        assertThat(get("hr1", "/api/audit?user=rep2&from=2000-01-01T00:00:00Z").getBody()).contains(filingId);
        assertThat(get("rep1", "/api/audit?filingId=" + filingId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("hr1", DemoUsers.PASSWORD)
                .exchange("/api/audit", org.springframework.http.HttpMethod.DELETE, null, String.class).getStatusCode().is2xxSuccessful())
                .as("audit records cannot be deleted through the application").isFalse();
    }

    @Test
    void onlyTheSystemAdministratorRotatesTheKey() {
        assertThat(http.withBasicAuth("hr1", DemoUsers.PASSWORD)
                .postForEntity("/api/admin/customer-data/rotation", null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> rotated = http.withBasicAuth("admin", DemoUsers.PASSWORD)
                .postForEntity("/api/admin/customer-data/rotation?batchSize=100", null, String.class);
        assertThat(rotated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rotated.getBody()).contains("\"activeKeyId\":\"k1\"", "\"remaining\":0");
    }

    @Test
    void weakPasswordsAreRefused() {
        var identity = engine.getIdentityService();
        var weak = identity.newUser("weak" + EngineActions.nextCustomer());
        weak.setPassword("123456");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> identity.saveUser(weak))
                .hasMessageContainingAll("Password", "policy");
    }

    private Case caseOf(ProcessInstance instance, Map<String, Object> customer) {
        String phone = ((String) customer.get("contactPhone")).replaceAll("\\D", "").substring(2);
        return new Case(instance.getBusinessKey(), instance.getId(), phone, (String) customer.get("customerName"));
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).getForEntity(path, String.class);
    }
}
