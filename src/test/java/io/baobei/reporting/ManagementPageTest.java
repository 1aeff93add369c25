package io.baobei.reporting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;

/**
 * The management page (M1, F12): served behind the same login as the API, in Chinese, charts from the ECharts
 * webjar served by the application itself (no CDN), the period's KPIs and their Excel export.
 */
@AppTest
class ManagementPageTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void thePageAsksForALoginAndDrawsTheKpisWithTheBundledEcharts() {
        Assertions.assertThat(http.getForEntity("/management/index.html", String.class).getStatusCode().value()).isEqualTo(401);

        ResponseEntity<String> page = http.withBasicAuth("salesmgmt1", DemoUsers.PASSWORD).getForEntity("/management/index.html", String.class);
        Assertions.assertThat(page.getStatusCode().value()).isEqualTo(200);
        String html = page.getBody();
        Assertions.assertThat(html).contains("<html lang=\"zh-CN\">", "销售管理看板", "type=\"month\"", "各销售人员业绩", "各区域业绩",
                "客户分类", "<script src=\"management.js\"></script>");
        // the page's own script is a file of its own: the content security policy allows no inline script
        String script = http.withBasicAuth("salesmgmt1", DemoUsers.PASSWORD).getForEntity("/management/management.js", String.class).getBody();
        Assertions.assertThat(script).contains("/api/reports/kpis?period=", "/api/reports/kpis.xlsx?period=");
        Matcher scripts = Pattern.compile("<script[^>]*src=\"([^\"]+)\"").matcher(html);
        Assertions.assertThat(scripts.find()).isTrue();
        Assertions.assertThat(scripts.group(1)).isEqualTo("/webjars/echarts/5.5.0/echarts.min.js");
        Assertions.assertThat(html).as("no CDN or other site").doesNotContain("http://", "https://", "//cdn");

        ResponseEntity<byte[]> echarts = http.getForEntity("/webjars/echarts/5.5.0/echarts.min.js", byte[].class);
        Assertions.assertThat(echarts.getStatusCode().value()).isEqualTo(200);
        Assertions.assertThat(echarts.getBody().length).isGreaterThan(500_000);
    }
}
