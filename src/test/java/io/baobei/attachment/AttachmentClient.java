package io.baobei.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.baobei.platform.security.DemoUsers;

/** The attachment API as a client calls it: multipart uploads, lists and downloads with basic auth as a demo user. */
final class AttachmentClient {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    /** A list of attachments, or an error object. */
    static final ParameterizedTypeReference<Object> ANY_JSON = new ParameterizedTypeReference<>() {
    };

    private final TestRestTemplate http;

    AttachmentClient(TestRestTemplate http) {
        this.http = http;
    }

    /** Files a customer through {@code POST /api/filings}; the answer's body. */
    Map<String, Object> file(String rep, Map<String, Object> filing) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth(rep, DemoUsers.PASSWORD)
                .exchange("/api/filings", HttpMethod.POST, new HttpEntity<>(filing, headers), JSON);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    /** Uploads {@code bytes} as part {@code file} named and typed as given; null kind or bytes leave that part out. */
    ResponseEntity<Map<String, Object>> upload(String user, String filingId, String kind, byte[] bytes, String fileName,
                                               MediaType declared) {
        return upload(user, filingId, kind, bytes == null ? null : new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, declared);
    }

    /**
     * Uploads {@code bytes} without announcing the part's length, as a browser streaming a file may: the server
     * then finds a file too large only while reading it, near its end, and can still answer instead of dropping
     * the connection (Tomcat drains at most {@code server.tomcat.max-swallow-size}, 2 MB, of an unread body).
     */
    ResponseEntity<Map<String, Object>> uploadStreamed(String user, String filingId, String kind, byte[] bytes,
                                                       String fileName, MediaType declared) {
        return upload(user, filingId, kind, new AbstractResource() {
            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public String getFilename() {
                return fileName;
            }

            @Override
            public String getDescription() {
                return "streamed " + fileName;
            }
        }, declared);
    }

    private ResponseEntity<Map<String, Object>> upload(String user, String filingId, String kind, Resource file,
                                                       MediaType declared) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        if (kind != null) {
            body.add("kind", kind);
        }
        if (file != null) {
            HttpHeaders part = new HttpHeaders();
            part.setContentType(declared);
            body.add("file", new HttpEntity<>(file, part));
        }
        if (body.isEmpty()) {
            body.add("note", "nothing attached");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, DemoUsers.PASSWORD)
                .exchange("/api/filings/" + filingId + "/attachments", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    /** Posts {@code body} as is, with the content type given. */
    ResponseEntity<Map<String, Object>> raw(String user, String filingId, String contentType, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        return http.withBasicAuth(user, DemoUsers.PASSWORD)
                .exchange("/api/filings/" + filingId + "/attachments", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    ResponseEntity<Object> list(String user, String filingId) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD)
                .exchange("/api/filings/" + filingId + "/attachments", HttpMethod.GET, null, ANY_JSON);
    }

    ResponseEntity<byte[]> download(String user, String filingId, long id) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD)
                .exchange("/api/filings/" + filingId + "/attachments/" + id, HttpMethod.GET, null, byte[].class);
    }

    static long id(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) response.getBody().get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(ResponseEntity<Map<String, Object>> response) {
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
                .map(error -> (String) error.get("field")).toList();
    }
}
