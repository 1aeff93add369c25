package io.baobei.platform.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;

/**
 * The application's providers (exception mappers, request filters) for both doors of the engine REST API:
 * {@code /engine-rest} (Spring Boot applies every {@link ResourceConfigCustomizer}) and the webapps' copy that
 * Tasklist and Cockpit call ({@link WebappEngineApi}), so that both answer the same.
 */
@FunctionalInterface
public interface EngineRestCustomizer extends ResourceConfigCustomizer {
}
