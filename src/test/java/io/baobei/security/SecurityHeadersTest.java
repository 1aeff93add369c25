package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;

/**
 * The app's pages and API cannot be framed (clickjacking the rules page's deploy button), their answers are not
 * sniffed into another type, and no address leaks to other sites; the pages keep to what their policy allows.
 */
@AppTest
class SecurityHeadersTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void theAppsPagesAndApiSendTheSecurityHeadersEvenToAnUnauthenticatedCaller() {
        List<ResponseEntity<String>> answers = List.of(
                get("analyst1", "/api/rules"), get("analyst1", "/rules/"), get("analyst1", "/rules/index.html"),
                get("analyst1", "/rules/rules.js"), get("salesmgmt1", "/management/"), get("salesmgmt1", "/management/index.html"),
                get(null, "/rules/index.html"), get(null, "/api/rules"), get("rep1", "/api/rules"));

        for (ResponseEntity<String> answer : answers) {
            HttpHeaders headers = answer.getHeaders();
            assertThat(headers.getFirst("Content-Security-Policy")).as(answer.toString())
                    .contains("frame-ancestors 'none'", "default-src 'self'", "script-src 'self';", "object-src 'none'");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        }
        assertThat(answers.get(0).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answers.get(6).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void thePagesLoadOnlyTheirOwnScriptsWithNothingInline() {
        for (String[] page : new String[][] {{"analyst1", "/rules/index.html"}, {"salesmgmt1", "/management/index.html"}}) {
            String html = get(page[0], page[1]).getBody();
            Matcher scripts = Pattern.compile("<script([^>]*)>([^<]*)</script>").matcher(html);
            int count = 0;
            while (scripts.find()) {
                count++;
                assertThat(scripts.group(1)).as(page[1]).matches(" src=\"(/webjars/[^\"]+|[a-z-]+\\.js)\"");
                assertThat(scripts.group(2)).as(page[1] + ": inline script").isBlank();
                String source = scripts.group(1).replaceAll(" src=\"([^\"]+)\"", "$1");
                String url = source.startsWith("/") ? source : page[1].substring(0, page[1].lastIndexOf('/') + 1) + source;
                assertThat(get(page[0], url).getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
            }
            assertThat(count).as(page[1]).isGreaterThanOrEqualTo(2);
            assertThat(html).as(page[1] + ": inline event handlers").doesNotContainPattern("\\son[a-z]+=");
        }
    }

    @Test
    void camundasWebappsKeepTheirOwnHeaders() {
        ResponseEntity<String> welcome = http.getForEntity("/camunda/app/welcome/default/", String.class);

        assertThat(welcome.getHeaders().getFirst("Content-Security-Policy")).as("Camunda's own policy")
                .isNotEqualTo(get("analyst1", "/api/rules").getHeaders().getFirst("Content-Security-Policy"));
    }

    private ResponseEntity<String> get(String user, String path) {
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, DemoUsers.PASSWORD);
        return client.exchange(path, HttpMethod.GET, null, String.class);
    }
}
