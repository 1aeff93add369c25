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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Issue 12 (7): a regional manager cannot put a violation on anyone's record by citing some filing of his
 * region; the person must be tied to the cited filing. HR may report anyone.
 */
@AppTest
class ViolationReportAttackTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;

    @Test
    void aManagerCannotReportAPersonUnrelatedToTheCitedFiling() {
        String eastFiling = file("rep1");
        int rep3Entries = ledger("rep3").size();
        int rep2Entries = ledger("rep2").size();
        long cases = violationCases();

        ResponseEntity<Map<String, Object>> otherRegion = report("manager1", "rep3", eastFiling);
        ResponseEntity<Map<String, Object>> sameRegion = report("manager1", "rep2", eastFiling);

        for (ResponseEntity<Map<String, Object>> refused : List.of(otherRegion, sameRegion)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("errors").toString()).contains("field=person").contains("无关");
        }
        assertThat(ledger("rep3")).hasSize(rep3Entries);
        assertThat(ledger("rep2")).hasSize(rep2Entries);
        assertThat(violationCases()).isEqualTo(cases);
    }

    @Test
    void aManagerReportsTheFilerAndHrReportsAnyone() {
        String eastFiling = file("rep1");
        int rep3Entries = ledger("rep3").size();

        assertThat(report("manager1", "rep1", eastFiling).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(report("hr1", "rep3", eastFiling).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(ledger("rep1")).anyMatch(entry -> eastFiling.equals(entry.get("evidenceId")));
        assertThat(ledger("rep3")).hasSize(rep3Entries + 1);
    }

    private String file(String rep) {
        return (String) post(rep, "/api/filings", Filings.enterprise(EngineActions.nextCustomer())).getBody().get("filingId");
    }

    private ResponseEntity<Map<String, Object>> report(String reporter, String person, String filingId) {
        return post(reporter, "/api/conduct/violations", Map.of("person", person, "violation", "SABOTAGE",
                "filingId", filingId, "detail", "向客户散布不实信息阻碍签约"));
    }

    private List<Map<String, Object>> ledger(String person) {
        return http.withBasicAuth("hr1", DemoUsers.PASSWORD).exchange("/api/conduct/ledger?person=" + person, HttpMethod.GET,
                null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).getBody();
    }

    private long violationCases() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("violation-handling").count();
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }
}
