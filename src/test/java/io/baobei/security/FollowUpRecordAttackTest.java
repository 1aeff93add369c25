package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
 * The contact door, {@code POST /api/filings/{id}/follow-ups}: only the customer's owners (filer, co-owners) and
 * the follower record contacts; nobody moves the case through it (deposit, signing and loss stay with the
 * follower's task). Every refusal leaves the records, the filing and its tasks as they were.
 */
@AppTest
class FollowUpRecordAttackTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    EngineActions actions;
    ProcessInstance filing;
    String filingId;

    @BeforeEach
    void followedFiling() {
        actions = new EngineActions(engine);
        EngineActions.setClock(EngineActions.NOW);
        filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        filingId = filing.getBusinessKey();
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", "rep1"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void someoneWhoNeitherOwnsNorFollowsTheCustomerIsRefused() {
        for (String user : List.of("rep2", "rep3", "manager2", "finance1", "hr1")) {
            ResponseEntity<String> response = post(user, filingId, Map.of("followUpNote", "冒充跟进", "expectedAmount", 1));
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).as(user).doesNotContain("重庆兆度科技");
        }
        assertUnchanged();
        assertThat(jdbc.sql("select count(*) from audit_record where filing_id = :f and allowed = false")
                .param("f", filingId).query(Integer.class).single()).as("each refusal is audited").isEqualTo(5);
    }

    @Test
    void anOwnerCannotSignOrLoseTheCustomerThroughTheContactDoor() {
        for (String outcome : List.of("SIGNED", "LOST", "DEPOSIT", "signed")) {
            ResponseEntity<String> response = post("rep1", filingId, Map.of("followUpNote", "客户签约", "outcome", outcome));
            assertThat(response.getStatusCode()).as(outcome).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).contains("\"field\":\"outcome\"");
        }
        ResponseEntity<String> noNote = post("rep1", filingId, Map.of("expectedAmount", 5));
        assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noNote.getBody()).contains("\"field\":\"followUpNote\"");
        ResponseEntity<String> badAmount = post("rep1", filingId, Map.of("followUpNote", "x", "expectedAmount", "很多"));
        assertThat(badAmount.getBody()).contains("\"field\":\"expectedAmount\"");
        assertUnchanged();
    }

    @Test
    void aFilingNotApprovedYetTakesNoContactsAndAnUnknownOneIsNotFound() {
        ProcessInstance pending = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        ResponseEntity<String> early = post("rep1", pending.getBusinessKey(), Map.of("followUpNote", "提前跟进"));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(early.getBody()).contains("\"field\":\"filingId\"");
        assertThat(jdbc.sql("select count(*) from follow_up where filing_id = :f").param("f", pending.getBusinessKey())
                .query(Integer.class).single()).isZero();

        assertThat(post("rep1", "F20261127-99999", Map.of("followUpNote", "x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.postForEntity("/api/filings/" + filingId + "/follow-ups", Map.of("followUpNote", "x"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertUnchanged();
    }

    private void assertUnchanged() {
        assertThat(jdbc.sql("select count(*) from follow_up where filing_id = :f").param("f", filingId).query(Integer.class).single())
                .as("no contact recorded").isZero();
        assertThat(jdbc.sql("select status, expected_amount, first_contact_at from filing where id = :f").param("f", filingId)
                .query().singleRow()).containsEntry("STATUS", "FOLLOWING").containsEntry("FIRST_CONTACT_AT", null);
        assertThat(jdbc.sql("select expected_amount from filing where id = :f").param("f", filingId).query(Double.class).single())
                .isEqualTo(200000.0);
        assertThat(actions.task(filing, "follow-up").getAssignee()).as("the follower's task is untouched").isEqualTo("rep1");
    }

    private ResponseEntity<String> post(String user, String id, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange("/api/filings/" + id + "/follow-ups", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }
}
