package io.baobei.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;

/** What Camunda's webapps show staff: the app's own styles and the names in Chinese order. */
@AppTest
class WebappCustomisationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void everyWebappHidesCamundasEndOfLifeBanner() {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            ResponseEntity<String> styles = http.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);
            assertThat(styles.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
            assertThat(styles.getBody()).as(app).contains(".ce-eol-banner").contains("display: none !important");
        }
    }

    @Test
    void tasklistShowsTheNameInChineseOrder() {
        Map<?, ?> profile = http.withBasicAuth("rep1", DemoUsers.PASSWORD)
                .getForObject("/engine-rest/user/rep1/profile", Map.class);

        assertThat(profile.get("firstName") + " " + profile.get("lastName")).as("Tasklist shows firstName lastName")
                .isEqualTo("王小明 ");
    }
}
