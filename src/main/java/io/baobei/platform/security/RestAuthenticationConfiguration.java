package io.baobei.platform.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP basic against Camunda's identity service for the engine REST API, the app's own API and the app's
 * pages (management, rules): one set of users, and the engine sees the caller as the authenticated user.
 * A page asks for the same login as the API, so the browser sends it with the page's own API calls (same
 * realm); who may see what is decided by the API.
 */
@Configuration
public class RestAuthenticationConfiguration {

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter(ProcessEngine processEngine) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new OwnEngineAuthenticationFilter(processEngine));
        registration.setName("rest-basic-authentication");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/management/*", "/rules/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }
}
