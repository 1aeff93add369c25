package io.baobei.home;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code /staff/} serves the staff page (static files under {@code static/staff}). */
@Configuration
public class StaffPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/staff", "/staff/");
        registry.addViewController("/staff/").setViewName("forward:/staff/index.html");
    }
}
