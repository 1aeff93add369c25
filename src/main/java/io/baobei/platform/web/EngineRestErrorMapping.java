package io.baobei.platform.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.validation.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Lets the engine REST API answer bad start or completion variables with 400 and the fields, like /api. */
@Configuration
public class EngineRestErrorMapping {

    @Bean
    public EngineRestCustomizer invalidInputMapperForEngineRest() {
        return config -> {
            config.register(InvalidInputMapper.class);
            config.register(WrappedInvalidInputMapper.class);
            config.register(AccessDeniedMapper.class);
            config.register(StartRequestShapeFilter.class);
        };
    }

    /**
     * The engine wraps whatever a task listener throws, and the REST resource wraps that into a 500.
     * When the root of it is bad input, answer 400 with the fields; when it is a caller who may not decide
     * (see {@code FilingAuthority}), 403; a client's mistake Camunda answers with 500 gets its 4xx
     * ({@link EngineRestClientErrors}); anything else keeps Camunda's answer.
     */
    @Priority(Priorities.USER - 100)
    public static class WrappedInvalidInputMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    return new InvalidInputMapper().toResponse(invalid);
                }
                if (cause instanceof AccessDeniedException denied) {
                    return new AccessDeniedMapper().toResponse(denied);
                }
            }
            return EngineRestClientErrors.clientErrorOr(e, camundaDefault.toResponse(e));
        }
    }

    public static class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

        @Override
        public Response toResponse(AccessDeniedException e) {
            return Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "AccessDeniedException", "message", e.getMessage()))
                    .build();
        }
    }

    public static class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

        @Override
        public Response toResponse(InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of(
                            "type", "InvalidInputException",
                            "message", e.getMessage(),
                            "errors", e.errors()))
                    .build();
        }
    }
}
