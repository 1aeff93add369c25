package io.baobei.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import io.baobei.platform.security.DemoUsers;

/** What Camunda Modeler's deploy button sends to {@code /engine-rest/deployment/create}. */
public final class ModelerDeployment {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private ModelerDeployment() {
    }

    public static ResponseEntity<Map<String, Object>> deploy(TestRestTemplate http, String user, String fileName, String content) {
        return deploy(http, user, fileName, content, Map.of());
    }

    /** As above, with further form fields of the deployment (e.g. {@code tenant-id}). */
    public static ResponseEntity<Map<String, Object>> deploy(TestRestTemplate http, String user, String fileName, String content,
                                                             Map<String, String> fields) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        fields.forEach(parts::add);
        parts.add("deployment-name", "analyst-rules");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("data", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JSON);
    }
}
