package io.baobei.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import io.baobei.platform.validation.InvalidInputException;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Owners follow their customer: after a SHARED outcome the co-owner reads the shared filing (rule D1) and records
 * contacts on it (F7); the filer is a follower candidate whatever the customer's region and may record contacts
 * while a colleague follows (F6).
 */
@AppTest
class SharedCustomerTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
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
        actions = new EngineActions(engine);
        EngineActions.setClock(EngineActions.NOW);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void afterASharedOutcomeTheCoOwnerReadsTheFilingAndRecordsContacts() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        String filingId = (String) post("rep1", "/api/filings", customer).getBody().get("filingId");
        Map<String, Object> sameCustomer = new HashMap<>(customer);
        sameCustomer.put("contactPhone", ((String) customer.get("contactPhone")).replace("+86 ", "").replace("-", ""));
        String collisionId = (String) post("rep2", "/api/filings", sameCustomer).getBody().get("collisionId");
        assertThat(get("rep2", "/api/filings/" + filingId).getStatusCode()).as("before the outcome").isEqualTo(HttpStatus.FORBIDDEN);

        ProcessInstance resolution = actions.startedCase("collision-resolution", collisionId);
        actions.completeAssigned(resolution, "negotiate", "rep1", Map.of("proposal", "NO_AGREEMENT", "statement", "各自跟进"));
        actions.completeAssigned(resolution, "negotiate", "rep2", Map.of("proposal", "NO_AGREEMENT", "statement", "各自跟进"));
        actions.complete(resolution, "arbitrate", "manager1", Map.of("decision", "SHARED", "decisionReason", "双方同日接触客户"));
        actions.executeJobs(resolution);

        ResponseEntity<Map<String, Object>> read = get("rep2", "/api/filings/" + filingId);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) read.getBody().get("customer")).containsEntry("customerName", customer.get("customerName"));
        assertThat(get("rep3", "/api/filings/" + filingId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ProcessInstance filing = actions.instanceByBusinessKey("customer-filing", filingId);
        assertThat(http.withBasicAuth("rep2", DemoUsers.PASSWORD).getForEntity("/engine-rest/process-instance/" + filing.getId(),
                String.class).getStatusCode()).as("the engine shows the co-owner the case").isEqualTo(HttpStatus.OK);

        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        assertThat(String.valueOf(engine.getRuntimeService().getVariable(filing.getId(), "followerOptions")))
                .contains("\"rep1\"", "王小明（报备人）", "\"rep2\"", "李娜（共同所有人）");
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", "rep1"));

        ResponseEntity<Map<String, Object>> contact = post("rep2", "/api/filings/" + filingId + "/follow-ups",
                Map.of("followUpNote", "电话回访，客户确认下月采购", "expectedAmount", 150000));

        assertThat(contact.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.sql("select follower from follow_up where filing_id = :f").param("f", filingId).query(String.class).list())
                .containsExactly("rep2");
        assertThat(jdbc.sql("select expected_amount from filing where id = :f").param("f", filingId).query(Double.class).single())
                .isEqualTo(150000.0);
        assertThat(actions.task(filing, "follow-up").getAssignee()).as("the follower's task goes on").isEqualTo("rep1");
    }

    @Test
    void aRepFilingACustomerOfAnotherRegionMayFollowIt() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance filing = actions.file("rep3", customer);
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));

        String options = String.valueOf(engine.getRuntimeService().getVariable(filing.getId(), "followerOptions"));
        assertThat(options).contains("\"rep3\"", "张伟（报备人）", "\"rep1\"", "\"rep2\"");
        assertThatThrownBy(() -> actions.complete(filing, "assign-follower", "manager1", Map.of("follower", "manager2")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("follower");
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", "rep3"));

        assertThat(actions.task(filing, "follow-up").getAssignee()).isEqualTo("rep3");
        actions.complete(filing, "follow-up", "rep3", Map.of("followUpNote", "首次拜访", "outcome", "CONTINUE"));
        assertThat(jdbc.sql("select follower from follow_up where filing_id = :f").param("f", filing.getBusinessKey())
                .query(String.class).list()).containsExactly("rep3");
    }

    @Test
    void theFilerRecordsContactsWhileAColleagueFollows() {
        ProcessInstance filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", "rep2"));

        assertThat(post("rep1", "/api/filings/" + filing.getBusinessKey() + "/follow-ups", Map.of("followUpNote", "陪同客户看样品"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("rep2", "/api/filings/" + filing.getBusinessKey() + "/follow-ups", Map.of("followUpNote", "电话确认需求"))
                .getStatusCode()).as("the follower may too").isEqualTo(HttpStatus.CREATED);

        assertThat(jdbc.sql("select follower from follow_up where filing_id = :f order by id").param("f", filing.getBusinessKey())
                .query(String.class).list()).containsExactly("rep1", "rep2");
        assertThat(actions.task(filing, "follow-up").getAssignee()).isEqualTo("rep2");
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private ResponseEntity<Map<String, Object>> get(String user, String path) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.GET, null, JSON);
    }
}
