package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;

/**
 * A page of another site, opened by an analyst whose browser remembers the basic-auth login, submitting to the
 * rules API: HTML forms can send only text/plain, urlencoded or multipart bodies, and the browser names the page
 * in {@code Origin} (or {@code Referer}). Both are refused; requests with neither header (Modeler, curl) pass.
 */
@AppTest
class CrossSiteRequestAttackTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final String EVIL = "https://evil.example";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    @Test
    void aReplayOrDeploymentSentAsAFormBodyIsRefused() throws IOException {
        String table = tenDays();
        State before = state();

        ResponseEntity<Map<String, Object>> plainReplay = send("/api/rules/protection-period/replay", table, MediaType.TEXT_PLAIN, Map.of());
        ResponseEntity<Map<String, Object>> plainDeploy = send("/api/rules/protection-period/deployments",
                "{\"xml\":" + jsonString(table) + ",\"comment\":\"跨站\"}", MediaType.TEXT_PLAIN, Map.of());
        ResponseEntity<Map<String, Object>> formDeploy = send("/api/rules/protection-period/deployments",
                "xml=x&comment=y", MediaType.APPLICATION_FORM_URLENCODED, Map.of());
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("xml", new ByteArrayResource(table.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "protection-period.dmn";
            }
        });
        ResponseEntity<Map<String, Object>> multipartReplay = send("/api/rules/protection-period/replay", parts,
                MediaType.MULTIPART_FORM_DATA, Map.of());

        for (ResponseEntity<Map<String, Object>> refused : List.of(plainReplay, plainDeploy, formDeploy, multipartReplay)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            assertThat(refused.getBody().get("errors").toString()).contains("field=Content-Type");
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aReplayOrDeploymentFromAnotherSitesPageIsRefused() throws IOException {
        String table = tenDays();
        State before = state();
        Map<String, String> deployment = Map.of("xml", table, "comment", "跨站部署");
        List<Map<String, String>> foreign = List.of(Map.of("Origin", EVIL), Map.of("Referer", EVIL + "/rules.html"),
                Map.of("Origin", "null"), Map.of("Origin", "http://localhost:" + (port + 1)),
                Map.of("Origin", "http://localhost." + "evil.example:" + port));

        for (Map<String, String> headers : foreign) {
            ResponseEntity<Map<String, Object>> replay = send("/api/rules/protection-period/replay", table, MediaType.APPLICATION_XML, headers);
            ResponseEntity<Map<String, Object>> deploy = send("/api/rules/protection-period/deployments", deployment,
                    MediaType.APPLICATION_JSON, headers);
            ResponseEntity<Map<String, Object>> engineRest = modelerDeployment(table, headers);

            for (ResponseEntity<Map<String, Object>> refused : List.of(replay, deploy, engineRest)) {
                assertThat(refused.getStatusCode()).as(headers.toString()).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat((String) refused.getBody().get("message")).as(headers.toString()).contains("跨站");
            }
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theRulesPageItselfStillReplays() throws IOException {
        String own = "http://localhost:" + port;

        ResponseEntity<Map<String, Object>> withOrigin = send("/api/rules/protection-period/replay", tenDays(),
                new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8), Map.of("Origin", own));
        ResponseEntity<Map<String, Object>> withReferer = send("/api/rules/protection-period/replay", tenDays(),
                new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8), Map.of("Referer", own + "/rules/index.html"));

        assertThat(withOrigin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withOrigin.getBody()).containsEntry("decisionKey", "protection-period");
        assertThat(withReferer.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Deployments, the protection period's versions, the rules page's log. */
    private record State(long deployments, long protectionPeriodVersions, long ruleDeployments) {
    }

    private State state() {
        return new State(repositoryService.createDeploymentQuery().count(),
                repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("protection-period").count(),
                jdbc.sql("select count(*) from rule_deployment").query(Long.class).single());
    }

    private ResponseEntity<Map<String, Object>> send(String path, Object body, MediaType type, Map<String, String> extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        extra.forEach(headers::set);
        return http.withBasicAuth("analyst1", DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private ResponseEntity<Map<String, Object>> modelerDeployment(String table, Map<String, String> extra) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "cross-site");
        parts.add("data", new ByteArrayResource(table.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "protection-period.dmn";
            }
        });
        return send("/engine-rest/deployment/create", parts, MediaType.MULTIPART_FORM_DATA, extra);
    }

    private static String tenDays() throws IOException {
        return Files.readString(Path.of("dmn", "protection-period.dmn")).replaceFirst("<text>7</text>", "<text>10</text>");
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
