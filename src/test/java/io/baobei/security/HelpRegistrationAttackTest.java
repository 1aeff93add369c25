package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
 * Issue 12 (7), rule C12: a rep registers help only on an active filing of a colleague of his region, and
 * an unknown, an inactive and another region's filing get the very same answer, so that the door does not
 * tell which filing ids exist or are active. Nothing is stored on a refusal.
 */
@AppTest
class HelpRegistrationAttackTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

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

    private ResponseEntity<String> assist(String helper, String filingId) {
        return post(helper, "/api/filings/" + filingId + "/assist", Map.of("note", "协助"));
    }

    private long assists() {
        return jdbc.sql("select count(*) from filing_assist").query(Long.class).single();
    }

    private static String filingId(ResponseEntity<String> created) {
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().replaceAll(".*\"filingId\":\"([^\"]+)\".*", "$1");
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
