package io.baobei.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What keeps a page of another site from acting with a staff member's browser, and the app's pages from
 * being framed: security headers, the same-site check on state-changing requests (before authentication,
 * so a refused request never reaches the login), and JSON or XML bodies only on the app's API.
 */
@Configuration
public class BrowserProtectionConfiguration implements WebMvcConfigurer {

    @Bean
    public FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setName("security-headers");
        registration.addUrlPatterns("/api/*", "/rules/*", "/management/*", "/staff/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<SameSiteRequestFilter> sameSiteRequestFilter() {
        FilterRegistrationBean<SameSiteRequestFilter> registration = new FilterRegistrationBean<>(new SameSiteRequestFilter());
        registration.setName("same-site-requests");
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestBodyTypeInterceptor()).addPathPatterns("/api/**");
    }
}
