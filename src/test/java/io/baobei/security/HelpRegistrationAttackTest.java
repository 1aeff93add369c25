package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static io.baobei.security.StaffHttp.filingId;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
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

import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Issue 12 (7), rule C12: a rep registers help only on an active filing of a colleague of his region, and
 * an unknown, an inactive and another region's filing get the very same answer, so that the door does not
 * tell which filing ids exist or are active. Nothing is stored on a refusal. The later filer of a protected
 * customer cannot buy himself a share of it by registering "help" on the filing he collided with (C6b).
 */
@AppTest
class HelpRegistrationAttackTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    FilingQueryService filings;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void unknownInactiveAndForeignFilingsGetOneAnswerAndNothingIsStored() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        post("rep2", "/api/filings", customer);
        String inCollision = filingId(post("rep1", "/api/filings", customer));
        String active = filingId(post("rep1", "/api/filings", Filings.enterprise(EngineActions.nextCustomer())));
        Map<String, Object> west = Filings.enterprise(EngineActions.nextCustomer());
        west.put("region", "west");
        String foreign = filingId(post("rep3", "/api/filings", west));
        String unknown = active.substring(0, active.length() - 1) + "Z";
        long assistsBefore = assists();

        List<ResponseEntity<String>> answers = List.of(assist("rep2", unknown), assist("rep2", inCollision),
                assist("rep2", foreign));

        assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.NOT_FOUND);
        assertThat(answers).extracting(ResponseEntity::getBody).containsOnly(answers.get(0).getBody());
        assertThat(answers.get(0).getBody()).doesNotContain(unknown, inCollision, foreign);
        assertThat(assists()).isEqualTo(assistsBefore);
        assertThat(assist("rep2", active).getStatusCode()).as("a colleague of the region").isEqualTo(HttpStatus.CREATED);
        assertThat(assists()).isEqualTo(assistsBefore + 1);
    }

    @Test
    void theLaterFilerCannotRegisterHelpOnTheFilingHeCollidedWithAndGetsNoShare() {
        EngineActions actions = new EngineActions(engine);
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        EngineActions.setClock(EngineActions.NOW);
        String rep1Filing = filingId(post("rep1", "/api/filings", customer));
        ProcessInstance filing = actions.instanceByBusinessKey("customer-filing", rep1Filing);
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", "rep1"));
        EngineActions.setClock(EngineActions.NOW.plusHours(2));
        ResponseEntity<String> rep2Filing = post("rep2", "/api/filings", customer);
        String collisionId = rep2Filing.getBody().replaceAll(".*\"collisionId\":\"([^\"]+)\".*", "$1");
        assertThat(collisionId).as("the later filing collided").startsWith("C");
        FilingStatus statusBefore = filings.get(rep1Filing).status();
        List<String> claimsBefore = claimsOf(rep1Filing);
        long assistsBefore = assists();

        EngineActions.setClock(EngineActions.NOW.plusHours(3));
        ResponseEntity<String> help = assist("rep2", rep1Filing);

        assertThat(help.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(help.getBody()).as("the same answer as for an unknown filing")
                .isEqualTo(assist("rep2", rep1Filing.substring(0, rep1Filing.length() - 1) + "Z").getBody());
        assertThat(assists()).isEqualTo(assistsBefore);
        assertThat(filings.get(rep1Filing).status()).isEqualTo(statusBefore);
        assertThat(claimsOf(rep1Filing)).isEqualTo(claimsBefore).isNotEmpty();

        ProcessInstance resolution = actions.startedCase("collision-resolution", collisionId);
        actions.completeAssigned(resolution, "negotiate", "rep1", Map.of("proposal", "KEEP_FIRST", "statement", "我先报备"));
        actions.completeAssigned(resolution, "negotiate", "rep2", Map.of("proposal", "KEEP_SECOND", "statement", "我也协助过"));
        assertThat(engine.getRuntimeService().getVariables(resolution.getId()))
                .containsEntry("helpRegistered", false).containsEntry("recommendedOwner", "FIRST");
    }

    private List<String> claimsOf(String filingId) {
        return jdbc.sql("select key_hash from customer_key_claim where filing_id = :f order by key_hash").param("f", filingId)
                .query(String.class).list();
    }

    private ResponseEntity<String> assist(String helper, String filingId) {
        return post(helper, "/api/filings/" + filingId + "/assist", Map.of("note", "协助"));
    }

    private long assists() {
        return jdbc.sql("select count(*) from filing_assist").query(Long.class).single();
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
