package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * The staff page's reads ({@code /staff/}, {@code /api/me}, {@code /api/filings/mine}, {@code /api/filings/region},
 * {@code /api/collisions/open}): behind the login, each answering only cases its caller may already read (rule D1),
 * another rep's customers never, and nothing changes by reading.
 */
@AppTest
class StaffPageAccessAttackTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;

    @Autowired
    FilingQueryService filings;
    @Autowired
    ProcessEngine engine;

    @Test
    void thePageAndItsReadsAskForTheLogin() {
        for (String path : List.of("/staff/", "/staff/index.html", "/staff/staff.js", "/api/me", "/api/filings/mine",
                "/api/filings/region", "/api/collisions/open")) {
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> page = http.withBasicAuth("rep1", DemoUsers.PASSWORD).getForEntity("/staff/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("销售工作台", "<script src=\"staff.js\" defer></script>").doesNotContain("http://", "https://");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void meIsTheCallerOnly() {
        Map<?, ?> me = http.withBasicAuth("rep1", DemoUsers.PASSWORD).getForObject("/api/me?userId=rep3", Map.class);
        assertThat(me.get("userId")).isEqualTo("rep1");
        assertThat(me.get("name")).isEqualTo("王小明");
    }

    @Test
    void aRepListsTheirOwnFilingsAndNoOneElses() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        String filingId = (String) post("rep1", "/api/filings", customer).getBody().get("filingId");

        List<Map<String, Object>> mine = list("rep1", "/api/filings/mine");
        assertThat(mine).filteredOn(f -> filingId.equals(f.get("filingId"))).singleElement().satisfies(f -> {
            assertThat(f.get("roles")).isEqualTo(List.of("FILER"));
            assertThat(f.get("filerName")).isEqualTo("王小明");
            assertThat((String) f.get("customerName")).as("masked").contains("*").isNotEqualTo(customer.get("customerName"));
        });
        for (String other : List.of("rep2", "rep3")) {
            String body = http.withBasicAuth(other, DemoUsers.PASSWORD).getForObject("/api/filings/mine", String.class);
            assertThat(body).as(other).doesNotContain(filingId, (String) customer.get("customerName"));
        }
        assertThat(filings.get(filingId).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    @Test
    void onlyTheRegionsManagerListsItsFilingsAndOpenCollisions() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        String first = (String) post("rep1", "/api/filings", customer).getBody().get("filingId");
        String collisionId = (String) post("rep2", "/api/filings", customer).getBody().get("collisionId");

        assertThat(list("manager1", "/api/filings/region")).extracting(f -> f.get("filingId")).contains(first);
        assertThat(list("manager1", "/api/collisions/open")).extracting(c -> c.get("collisionId")).contains(collisionId);
        assertThat(list("manager2", "/api/filings/region")).extracting(f -> f.get("filingId")).doesNotContain(first);
        assertThat(list("manager2", "/api/collisions/open")).extracting(c -> c.get("collisionId")).doesNotContain(collisionId);
        for (String refused : List.of("rep1", "rep3", "finance1", "hr1", "analyst1")) {
            for (String path : List.of("/api/filings/region", "/api/collisions/open")) {
                assertThat(http.withBasicAuth(refused, DemoUsers.PASSWORD).getForEntity(path, String.class).getStatusCode())
                        .as(refused + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(filings.get(first).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    @Test
    void theRepsFilingShowsTheirCollisionWithTheirNegotiationTask() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        String first = (String) post("rep1", "/api/filings", customer).getBody().get("filingId");
        String collisionId = (String) post("rep2", "/api/filings", customer).getBody().get("collisionId");
        new EngineActions(engine).startedCase("collision-resolution", collisionId);

        Map<String, Object> filing = list("rep1", "/api/filings/mine").stream()
                .filter(f -> first.equals(f.get("filingId"))).findFirst().orElseThrow();
        List<Map<String, Object>> collisions = (List<Map<String, Object>>) filing.get("collisions");
        assertThat(collisions).singleElement().satisfies(c -> {
            assertThat(c.get("collisionId")).isEqualTo(collisionId);
            assertThat((String) ((Map<String, Object>) c.get("task")).get("link")).startsWith("/camunda/app/tasklist/default/#/?task=");
        });
    }

    private List<Map<String, Object>> list(String user, String path) {
        ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth(user, DemoUsers.PASSWORD)
                .exchange(path, HttpMethod.GET, null, LIST);
        assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, StaffHttp.json()),
                new ParameterizedTypeReference<>() {
                });
    }
}
