package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;

/**
 * {@code /actuator/**}: metrics, the Prometheus scrape, the endpoint list and the health components are for
 * {@code camunda-admin} only; anonymous callers get 401 with a basic-auth challenge, other staff 403. The
 * endpoints are read-only: the refusals cannot change anything, so only the answers are checked.
 */
@AppTest
class ActuatorAttackTest {

    private static final String[] ADMIN_ONLY = {"/actuator", "/actuator/prometheus", "/actuator/metrics",
            "/actuator/metrics/baobei.customer.lookup", "/actuator/health/db", "/actuator/health/customerDataKey",
            "/actuator/info", "/actuator/prometheus/"};

    @Autowired
    TestRestTemplate http;

    @Test
    void anonymousCallersAreAskedToLogIn() {
        for (String path : ADMIN_ONLY) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic");
            assertThat(response.getBody()).as(path).doesNotContain("baobei_", "jvm_", "activeKeyId");
        }
    }

    @Test
    void staffWhoAreNotAdministratorsAreRefused() {
        for (String user : new String[] {"rep1", "manager1", "salesmgmt1", "hr1", "analyst1"}) {
            for (String path : ADMIN_ONLY) {
                ResponseEntity<String> response = http.withBasicAuth(user, DemoUsers.PASSWORD).getForEntity(path, String.class);
                assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(response.getBody()).as(path).doesNotContain("baobei_", "jvm_", "activeKeyId");
            }
        }
    }

    @Test
    void anUnknownUserIsNotAnAdministrator() {
        ResponseEntity<String> response = http.withBasicAuth("nobody", DemoUsers.PASSWORD).getForEntity("/actuator/prometheus", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void staffOnTheOpenHealthPathSeeOnlyTheStatus() {
        ResponseEntity<String> health = http.withBasicAuth("rep1", DemoUsers.PASSWORD).getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").doesNotContain("components", "activeKeyId");
    }

    @Test
    void aPathThatOnlyLooksLikeHealthIsNotOpen() {
        for (String path : new String[] {"/actuator/health/../prometheus", "/actuator/health;x=1/../../prometheus",
                "/actuator/healthx", "/actuator//prometheus"}) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND);
            assertThat(response.getBody() == null ? "" : response.getBody()).as(path).doesNotContain("baobei_", "jvm_");
        }
    }
}
