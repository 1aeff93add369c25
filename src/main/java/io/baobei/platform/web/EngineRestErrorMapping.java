package io.baobei.platform.web;

import java.util.Map;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.baobei.platform.validation.InvalidInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Lets the engine REST API answer bad start or completion variables with 400 and the fields, like /api. */
@Configuration
public class EngineRestErrorMapping {

    @Bean
    public ResourceConfigCustomizer invalidInputMapperForEngineRest() {
        return config -> config.register(InvalidInputMapper.class);
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
