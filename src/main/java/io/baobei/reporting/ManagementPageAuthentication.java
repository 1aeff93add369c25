package io.baobei.reporting;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.baobei.platform.security.OwnEngineAuthenticationFilter;

/**
 * The management page ({@code /management/}) and the analysts' rules page ({@code /rules/}) ask for the same
 * HTTP basic login as {@code /api/**}: the browser then sends those credentials with the pages' own calls to
 * {@code /api/**} (same realm), and who may see what is decided there.
 */
@Configuration
public class ManagementPageAuthentication {

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> managementPageAuthenticationFilter(ProcessEngine processEngine) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new OwnEngineAuthenticationFilter(processEngine));
        registration.setName("management-page-basic-authentication");
        registration.addUrlPatterns("/management/*", "/rules/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }
}
