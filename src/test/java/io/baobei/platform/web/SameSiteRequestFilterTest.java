package io.baobei.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameSiteRequestFilterTest {

    @Test
    void thePageOfTheAddressTheRequestWasSentToIsTheSameSite() {
        assertThat(SameSiteRequestFilter.isSameSite("http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(SameSiteRequestFilter.isSameSite("http://localhost:8080/rules/index.html#x", "localhost:8080")).isTrue();
        assertThat(SameSiteRequestFilter.isSameSite("https://baobei.example.com", "Baobei.example.com")).isTrue();
        assertThat(SameSiteRequestFilter.isSameSite("https://baobei.example.com", "baobei.example.com:443")).isTrue();
        assertThat(SameSiteRequestFilter.isSameSite("http://[::1]:8080", "[::1]:8080")).isTrue();
    }

    @Test
    void anotherHostPortOrSchemeIsAnotherSite() {
        assertThat(SameSiteRequestFilter.isSameSite("https://evil.example", "localhost:8080")).isFalse();
        assertThat(SameSiteRequestFilter.isSameSite("http://localhost:8081", "localhost:8080")).isFalse();
        assertThat(SameSiteRequestFilter.isSameSite("http://localhost.evil.example:8080", "localhost:8080")).isFalse();
        assertThat(SameSiteRequestFilter.isSameSite("http://localhost:8080@evil.example", "localhost:8080")).isFalse();
        assertThat(SameSiteRequestFilter.isSameSite("https://baobei.example.com", "baobei.example.com:80")).isFalse();
        assertThat(SameSiteRequestFilter.isSameSite("null", "localhost:8080")).isFalse();
        assertThat(SameSiteRequestFilter.isSameSite("file:///tmp/page.html", "localhost:8080")).isFalse();
        assertThat(SameSiteRequestFilter.isSameSite("ftp://localhost:8080", "localhost:8080")).isFalse();
        assertThat(SameSiteRequestFilter.isSameSite("http://localhost:8080", null)).isFalse();
        assertThat(SameSiteRequestFilter.isSameSite("http://exa mple", "localhost:8080")).isFalse();
    }
}
