package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.baobei.platform.security.DemoUsers;

/** A demo user calling the engine REST API with basic auth, or the webapps' API with a Tasklist session. */
final class StaffHttp {

    private final TestRestTemplate http;

    StaffHttp(TestRestTemplate http) {
        this.http = http;
    }

    ResponseEntity<String> post(String user, String path, Object body) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, json()), String.class);
    }

    ResponseEntity<String> put(String user, String path, Object body) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.PUT, new HttpEntity<>(body, json()), String.class);
    }

    /** Logs in to Tasklist as the browser does and returns the session's cookies and XSRF token. */
    WebappSession webappLogin(String user) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        Map<String, String> cookies = new LinkedHashMap<>();
        collect(page.getHeaders(), cookies);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", DemoUsers.PASSWORD);
        HttpHeaders headers = new WebappSession(cookies).headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        if (!login.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("Tasklist login of " + user + " failed: " + login.getStatusCode() + " " + login.getBody());
        }
        collect(login.getHeaders(), cookies);
        ResponseEntity<String> engines = http.exchange("/camunda/api/engine/engine/", HttpMethod.GET,
                new HttpEntity<>(new WebappSession(cookies).headers()), String.class);
        collect(engines.getHeaders(), cookies);
        return new WebappSession(cookies);
    }

    ResponseEntity<String> webappPost(WebappSession session, String path, Object body) {
        HttpHeaders headers = session.headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static void collect(HttpHeaders headers, Map<String, String> cookies) {
        for (String cookie : headers.getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        String token = headers.getFirst("X-XSRF-TOKEN");
        if (token != null) {
            cookies.put("XSRF-TOKEN", token);
        }
    }

    record WebappSession(Map<String, String> cookies) {

        HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            List<String> pairs = new ArrayList<>();
            cookies.forEach((name, value) -> pairs.add(name + "=" + value));
            if (!pairs.isEmpty()) {
                headers.add(HttpHeaders.COOKIE, String.join("; ", pairs));
            }
            if (cookies.containsKey("XSRF-TOKEN")) {
                headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
            return headers;
        }
    }

    static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    static Map<String, Object> variable(Object value) {
        return Map.of("value", value);
    }

    /** The id a {@code POST /api/filings} answered with, asserting that the filing was created. */
    static String filingId(ResponseEntity<String> created) {
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().replaceAll(".*\"filingId\":\"([^\"]+)\".*", "$1");
    }
}
