package io.baobei.platform.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP basic against Camunda's identity service for the engine REST API, the app's own API and the app's
 * pages (management, rules, staff): one set of users, and the engine sees the caller as the authenticated user.
 * A page asks for the same login as the API, so the browser sends it with the page's own API calls (same
 * realm); who may see what is decided by the API.
 */
@Configuration
public class RestAuthenticationConfiguration {

    private static final int AUTHENTICATION_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter(ProcessEngine processEngine) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new OwnEngineAuthenticationFilter(processEngine));
        registration.setName("rest-basic-authentication");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/management/*", "/rules/*", "/staff/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                BasicAuthenticationInOneTransaction.class.getName());
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }

    /** After the authentication above, so the policy knows the caller of {@code /engine-rest}. */
    @Bean
    public FilterRegistrationBean<StaffEngineRestPolicy> staffEngineRestPolicy(ProcessEngine processEngine, StaffDirectory staff,
                                                                               DeclaredFields declaredFields,
                                                                               WithoutAuthorization withoutAuthorization) {
        FilterRegistrationBean<StaffEngineRestPolicy> registration = new FilterRegistrationBean<>(new StaffEngineRestPolicy(
                processEngine.getIdentityService(), processEngine.getTaskService(), processEngine.getRepositoryService(),
                staff, declaredFields, withoutAuthorization));
        registration.setName("staff-engine-rest-policy");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(AUTHENTICATION_ORDER + 1);
        return registration;
    }
}
