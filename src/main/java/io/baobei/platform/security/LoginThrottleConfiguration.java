package io.baobei.platform.security;

import java.time.Duration;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@link LoginThrottleFilter} before every filter that checks a password: the app's basic authentication,
 * the actuator's, and the webapps' login. The throttle reads the engine's clock, like the login delay.
 */
@Configuration
public class LoginThrottleConfiguration {

    @Bean
    public LoginThrottle loginThrottle(@Value("${security.login-throttle.max-failures:10}") int maxFailures,
                                       @Value("${security.login-throttle.window:PT15M}") Duration window,
                                       @Value("${security.login-throttle.tracked-addresses:10000}") int trackedAddresses) {
        return new LoginThrottle(maxFailures, window, trackedAddresses, () -> ClockUtil.getCurrentTime().toInstant());
    }

    @Bean
    public LoginThrottleFilter loginThrottleFilter(LoginThrottle loginThrottle) {
        return new LoginThrottleFilter(loginThrottle);
    }

    @Bean
    public FilterRegistrationBean<LoginThrottleFilter> loginThrottleRegistration(LoginThrottleFilter loginThrottleFilter) {
        FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(loginThrottleFilter);
        registration.setName("login-throttle");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/management/*", "/rules/*", "/staff/*", "/actuator",
                "/actuator/*", "/camunda/api/admin/auth/user/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
