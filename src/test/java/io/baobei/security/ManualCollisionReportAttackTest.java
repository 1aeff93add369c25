package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static io.baobei.security.StaffHttp.filingId;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Rule C4: a rep reporting a collision by hand may cite his own filing only when it is an active filing of the
 * reported customer. Citing a filing of another customer would draw it into the case (and its claim into the
 * arbitration): it is a 400 naming {@code myFilingId}, with no case stored and no process started.
 */
@AppTest
class ManualCollisionReportAttackTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    FilingQueryService filings;

    @Test
    void aReportCitingTheReportersFilingOfAnotherCustomerIsRefusedAndNothingIsStored() {
        StaffHttp http = new StaffHttp(rest);
        Map<String, Object> rep1Customer = Filings.enterprise(EngineActions.nextCustomer());
        String rep1Filing = filingId(http.post("rep1", "/api/filings", rep1Customer));
        String rep2Filing = filingId(http.post("rep2", "/api/filings", Filings.enterprise(EngineActions.nextCustomer())));
        long collisionsBefore = count("select count(*) from collision");
        long eventsBefore = count("select count(*) from filing_event");
        long casesBefore = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("collision-resolution").count();

        ResponseEntity<String> answer = http.post("rep2", "/api/collisions",
                Map.of("name", rep1Customer.get("customerName"), "myFilingId", rep2Filing, "statement", "x"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("myFilingId");
        assertThat(count("select count(*) from collision")).isEqualTo(collisionsBefore);
        assertThat(count("select count(*) from filing_event")).isEqualTo(eventsBefore);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("collision-resolution").count())
                .isEqualTo(casesBefore);
        assertThat(filings.get(rep1Filing).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        assertThat(filings.get(rep2Filing).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);

        ResponseEntity<String> withoutFiling = http.post("rep2", "/api/collisions",
                Map.of("name", rep1Customer.get("customerName"), "statement", "在客户公司门口遇到同事"));
        assertThat(withoutFiling.getStatusCode()).as("the same report without the foreign filing").isEqualTo(HttpStatus.CREATED);
        assertThat(withoutFiling.getBody()).contains("\"unfiledReporter\":true");
        assertThat(filings.get(rep2Filing).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
