package io.baobei.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ModelerDeployment;

/** The rules API (and engine REST, as Camunda Modeler uses it) over HTTP basic, as a given user. */
class RulesClient {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() {
    };

    private final TestRestTemplate http;

    RulesClient(TestRestTemplate http) {
        this.http = http;
    }

    /** The status of a GET, whatever its body. */
    HttpStatusCode status(String user, String path) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.GET, null, String.class).getStatusCode();
    }

    ResponseEntity<List<Map<String, Object>>> tables(String user) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange("/api/rules", HttpMethod.GET, null, JSON_LIST);
    }

    ResponseEntity<List<Map<String, Object>>> versions(String user, String key) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange("/api/rules/" + key + "/versions", HttpMethod.GET, null, JSON_LIST);
    }

    ResponseEntity<String> xml(String user, String key, int version) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange("/api/rules/" + key + "/versions/" + version + "/xml",
                HttpMethod.GET, null, String.class);
    }

    ResponseEntity<Map<String, Object>> replay(String user, String key, String xml, Integer limit) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8));
        String query = limit == null ? "" : "?limit=" + limit;
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange("/api/rules/" + key + "/replay" + query, HttpMethod.POST,
                new HttpEntity<>(xml.getBytes(StandardCharsets.UTF_8), headers), JSON);
    }

    ResponseEntity<Map<String, Object>> deploy(String user, String key, String xml, String comment) {
        return post(user, "/api/rules/" + key + "/deployments", new DeployBody(xml, comment));
    }

    ResponseEntity<Map<String, Object>> rollback(String user, String key, int version, String comment) {
        return post(user, "/api/rules/" + key + "/versions/" + version + "/rollback", new RollbackBody(comment));
    }

    ResponseEntity<Map<String, Object>> fileACustomer(String rep) {
        return post(rep, "/api/filings", Filings.enterprise(EngineActions.nextCustomer()));
    }

    ResponseEntity<Map<String, Object>> deployOverEngineRest(String user, String fileName, String content) {
        return ModelerDeployment.deploy(http, user, fileName, content);
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private record DeployBody(String xml, String comment) {
    }

    private record RollbackBody(String comment) {
    }
}
