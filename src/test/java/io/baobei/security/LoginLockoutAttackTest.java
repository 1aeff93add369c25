package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.baobei.platform.security.DemoUsers;
import io.baobei.platform.security.LoginThrottle;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;

/**
 * Issue 12 (6): an anonymous caller with wrong passwords can lock an account only for a minute, never for
 * good; the lock answers 401 (never 500) to the right password and expires by itself; administration lifts
 * it earlier (an administrator anyone's, HR a staff member's), a rep cannot; each lock and unlock is audited.
 * An address that keeps guessing gets 429 after {@link #MAX_FAILURES} failures without its passwords being
 * checked, so it cannot keep renewing a lock; nobody can try another person's password through
 * {@code identity/verify}. All requests here come from one address (127.0.0.1); a second address is
 * {@code LoginThrottleTest}'s.
 */
@AppTest
class LoginLockoutAttackTest {

    private static final String WRONG = "Wrong#Pass2026";
    private static final Duration MAX_LOCK = Duration.ofMinutes(1);
    private static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
    private static final int MAX_FAILURES = 10;

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    LoginThrottle throttle;

    private OffsetDateTime now;

    @BeforeEach
    void freezeTheClock() {
        now = EngineActions.NOW;
        EngineActions.setClock(now);
        throttle.clear();
    }

    @AfterEach
    void unlockTheDemoUsers() {
        ClockUtil.reset();
        throttle.clear();
        for (String user : List.of("admin", "rep1", "rep2", "rep3", "hr1", "finance1", "manager1")) {
            engine.getIdentityService().unlockUser(user);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "rep3"})
    void manyWrongPasswordsLockForMinutesOnly(String victim) {
        for (int attempt = 0; attempt < 12; attempt++) { // more than the former permanent lock (5)
            assertThat(login(victim, WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
            advance(THROTTLE_WINDOW.plusMinutes(1)); // the attacker waits out each lock and its address's throttle
        }
        assertThat(login(victim, WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
        OffsetDateTime lockedAt = now;

        assertThat(login(victim, DemoUsers.PASSWORD)).as("locked: the right password is refused, not an error")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(engineRestLogin(victim, DemoUsers.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(webappLogin(victim, DemoUsers.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        advance(Duration.ofSeconds(30));
        assertThat(login(victim, WRONG)).as("a wrong password during the lock does not extend it").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(lockOf(victim).getLockExpirationTime().toInstant()).isEqualTo(lockedAt.plus(MAX_LOCK).toInstant());
        advance(Duration.ofSeconds(20));
        assertThat(login(victim, DemoUsers.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

        advance(Duration.ofSeconds(11));
        assertThat(login(victim, DemoUsers.PASSWORD)).as("the lock expired by itself").isEqualTo(HttpStatus.OK);
        assertThat(engineRestLogin(victim, DemoUsers.PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin(victim, DemoUsers.PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(lockOf(victim).getAttempts()).isZero();
        assertThat(audit("hr1", victim)).anyMatch(row -> "ACCOUNT_LOCK".equals(row.get("action"))
                && Boolean.FALSE.equals(row.get("allowed")) && !String.valueOf(row.get("detail")).contains(WRONG));
    }

    @Test
    void anAddressThatKeepsGuessingGets429AndTheLockEndsWithinAMinute() {
        for (int attempt = 0; attempt < MAX_FAILURES; attempt++) {
            assertThat(login("finance1", WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
            advance(Duration.ofSeconds(1)); // the red team's loop: one guess a second
        }
        UserEntity locked = lockOf("finance1");
        assertThat(locked.getAttempts()).as("guesses during a lock do not count").isPositive().isLessThan(MAX_FAILURES);
        assertThat(locked.getLockExpirationTime().toInstant()).isBeforeOrEqualTo(now.plus(MAX_LOCK).toInstant());

        ResponseEntity<String> refused = http.withBasicAuth("finance1", WRONG).getForEntity("/api/notifications", String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        long retryAfter = Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isPositive().isLessThanOrEqualTo(THROTTLE_WINDOW.toSeconds());
        for (String path : List.of("/engine-rest/task/count", "/management/", "/rules/", "/actuator/metrics", "/actuator/health")) {
            assertThat(http.withBasicAuth("admin", WRONG).getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        }
        assertThat(webappLogin("admin", WRONG)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(lockOf("finance1").getAttempts()).as("passwords of a throttled address are not checked").isEqualTo(locked.getAttempts());
        assertThat(lockOf("finance1").getLockExpirationTime()).isEqualTo(locked.getLockExpirationTime());
        assertThat(lockOf("admin").getAttempts()).isZero();
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).as("probes without credentials still answer")
                .isEqualTo(HttpStatus.OK);

        advance(MAX_LOCK.plusSeconds(1));
        assertThat(login("finance1", WRONG)).as("the guesser cannot renew the lock").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(engine.getIdentityService().checkPassword("finance1", DemoUsers.PASSWORD))
                .as("the lock ended within a minute: finance1 logs in (in-process, i.e. not from the throttled address)").isTrue();

        advance(THROTTLE_WINDOW);
        assertThat(login("finance1", DemoUsers.PASSWORD)).as("the address's window is over").isEqualTo(HttpStatus.OK);
    }

    @Test
    void identityVerifyChecksOnlyTheCallersOwnPassword() {
        ResponseEntity<String> other = verify("rep1", "manager1", WRONG);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(verify("rep1", "manager1", DemoUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(lockOf("manager1").getAttempts()).isZero();
        assertThat(lockOf("manager1").getLockExpirationTime()).isNull();

        ResponseEntity<String> own = verify("rep1", "rep1", DemoUsers.PASSWORD);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).contains("\"authenticated\":true");
    }

    @Test
    void hrUnlocksARepButNotAnAdministrator() {
        lock("rep2");
        lock("admin");
        UserEntity adminLock = lockOf("admin");

        assertThat(unlock("hr1", "admin")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engineRestUnlock("hr1", "admin")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(login("admin", DemoUsers.PASSWORD)).as("still locked").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(lockOf("admin").getLockExpirationTime()).isEqualTo(adminLock.getLockExpirationTime());
        assertThat(lockOf("admin").getAttempts()).isEqualTo(adminLock.getAttempts());

        assertThat(unlock("hr1", "rep2")).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(login("rep2", DemoUsers.PASSWORD)).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> byHr = audit("hr1", "hr1");
        assertThat(byHr).anyMatch(row -> "ACCOUNT_UNLOCK".equals(row.get("action")) && Boolean.TRUE.equals(row.get("allowed"))
                && String.valueOf(row.get("detail")).contains("rep2"));
        assertThat(byHr).anyMatch(row -> "ACCOUNT_UNLOCK".equals(row.get("action")) && Boolean.FALSE.equals(row.get("allowed"))
                && String.valueOf(row.get("detail")).contains("admin"));
    }

    @Test
    void anAdministratorUnlocksAnyone() {
        lock("hr1");
        lock("rep1");

        assertThat(unlock("admin", "hr1")).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engineRestUnlock("admin", "rep1")).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(unlock("admin", "nobody-such")).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(login("hr1", DemoUsers.PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(login("rep1", DemoUsers.PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(audit("hr1", "admin")).filteredOn(row -> "ACCOUNT_UNLOCK".equals(row.get("action")))
                .extracting(row -> String.valueOf(row.get("detail")))
                .anyMatch(detail -> detail.contains("hr1")).anyMatch(detail -> detail.contains("rep1"));
    }

    @Test
    void aRepCannotUnlock() {
        lock("rep2");
        UserEntity before = lockOf("rep2");

        assertThat(unlock("rep1", "rep2")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engineRestUnlock("rep1", "rep2")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unlock("rep1", "rep1")).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(login("rep2", DemoUsers.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(lockOf("rep2").getLockExpirationTime()).isEqualTo(before.getLockExpirationTime());
    }

    private void lock(String user) {
        assertThat(login(user, WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(lockOf(user).getLockExpirationTime()).isAfter(ClockUtil.getCurrentTime());
    }

    private void advance(Duration by) {
        now = now.plus(by);
        EngineActions.setClock(now);
    }

    private HttpStatusCode login(String user, String password) {
        return http.withBasicAuth(user, password).getForEntity("/api/notifications", String.class).getStatusCode();
    }

    private ResponseEntity<String> verify(String caller, String username, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(caller, DemoUsers.PASSWORD).postForEntity("/engine-rest/identity/verify",
                new HttpEntity<>(Map.of("username", username, "password", password), headers), String.class);
    }

    private HttpStatusCode engineRestLogin(String user, String password) {
        return http.withBasicAuth(user, password).getForEntity("/engine-rest/task/count", String.class).getStatusCode();
    }

    /** The login form of Tasklist, Cockpit and Admin, with the CSRF token the webapps hand out first. */
    private HttpStatusCode webappLogin(String user, String password) {
        HttpHeaders page = http.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders();
        String token = page.getFirst("X-XSRF-TOKEN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", token);
        headers.put(HttpHeaders.COOKIE, page.get(HttpHeaders.SET_COOKIE).stream().map(cookie -> cookie.split(";", 2)[0]).toList());
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers),
                String.class).getStatusCode();
    }

    private HttpStatusCode unlock(String caller, String user) {
        return http.withBasicAuth(caller, DemoUsers.PASSWORD).postForEntity("/api/accounts/" + user + "/unlock", null, String.class)
                .getStatusCode();
    }

    private HttpStatusCode engineRestUnlock(String caller, String user) {
        return http.withBasicAuth(caller, DemoUsers.PASSWORD).postForEntity("/engine-rest/user/" + user + "/unlock", null, String.class)
                .getStatusCode();
    }

    private UserEntity lockOf(String user) {
        return (UserEntity) engine.getIdentityService().createUserQuery().userId(user).singleResult();
    }

    private List<Map<String, Object>> audit(String reader, String actor) {
        return http.withBasicAuth(reader, DemoUsers.PASSWORD).exchange("/api/audit?user=" + actor, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).getBody();
    }
}
