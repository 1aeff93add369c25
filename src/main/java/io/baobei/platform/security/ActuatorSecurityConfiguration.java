package io.baobei.platform.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may read Spring Boot Actuator's endpoints: see {@link ActuatorAccessFilter}. */
@Configuration
public class ActuatorSecurityConfiguration {

    @Bean
    public FilterRegistrationBean<ActuatorAccessFilter> actuatorAccessFilter(ProcessEngine processEngine,
                                                                            WithoutAuthorization withoutAuthorization) {
        FilterRegistrationBean<ActuatorAccessFilter> registration =
                new FilterRegistrationBean<>(new ActuatorAccessFilter(processEngine, withoutAuthorization));
        registration.setName("actuator-access");
        registration.addUrlPatterns("/actuator", "/actuator/*");
        return registration;
    }
}
