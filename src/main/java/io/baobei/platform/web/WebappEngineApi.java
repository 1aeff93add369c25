package io.baobei.platform.web;

import java.util.List;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webapps' engine API ({@code /camunda/api/engine}, what Tasklist's start and task forms submit to) is a JAX-RS
 * application of its own: the Camunda starter registers a Jersey servlet named {@value #SERVLET_NAME} for
 * {@link EngineRestApplication}, which Jersey builds by reflection, so the providers of {@code /engine-rest} never
 * reach it and a refusal from inside a start answered 500 there. This registers that servlet first, under the same
 * name, with Camunda's resources plus every {@link EngineRestCustomizer}; the starter's initializer (unordered, so
 * after this one) keeps an existing registration of that name.
 */
@Configuration
public class WebappEngineApi {

    static final String SERVLET_NAME = "Engine Api";

    @Bean
    public ServletRegistrationBean<ServletContainer> webappEngineApiServlet(CamundaBpmProperties camunda,
                                                                            List<EngineRestCustomizer> customizers) {
        ResourceConfig config = new ResourceConfig(new EngineRestApplication().getClasses());
        customizers.forEach(customizer -> customizer.customize(config));
        ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(new ServletContainer(config),
                camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        registration.setName(SERVLET_NAME);
        registration.setOrder(0);
        return registration;
    }
}
