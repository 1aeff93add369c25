package io.baobei.filing;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.baobei.platform.web.EngineRestCustomizer;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * 409 with the existing filing when a rep files a customer they already hold; 403 for someone who may not
 * file (suspended, or not in a filer group); 404 for an unknown filing. The same on both doors of the engine REST
 * API (a start from Tasklist or {@code /engine-rest} that the registration inside it refuses).
 */
@RestControllerAdvice
@Configuration
public class FilingExceptionMapping {

    @ExceptionHandler(AlreadyFiledException.class)
    public ResponseEntity<Map<String, Object>> alreadyFiled(AlreadyFiledException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body(e));
    }

    @ExceptionHandler(FilingRefusedException.class)
    public ResponseEntity<Map<String, Object>> refused(FilingRefusedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(FilingNotFoundException.class)
    public ResponseEntity<Map<String, Object>> notFound(FilingNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }

    @Bean
    public EngineRestCustomizer filingMappersForEngineRest(FilingRegistrationService registration,
                                                           IdentityService identityService) {
        return config -> {
            config.register(AlreadyFiledMapper.class);
            config.register(FilingRefusedMapper.class);
            config.register(new FilerStartRefusal(registration, identityService));
        };
    }

    private static Map<String, Object> body(AlreadyFiledException e) {
        return Map.of("message", "您已报备并持有该客户", "filingId", e.existingFilingId());
    }

    /** The Tasklist start form and an engine REST start of a suspended rep: 403 with the reason. */
    public static class FilingRefusedMapper implements ExceptionMapper<FilingRefusedException> {

        @Override
        public Response toResponse(FilingRefusedException e) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body(e)).build();
        }

        static Map<String, Object> body(FilingRefusedException e) {
            return Map.of("type", "FilingRefusedException", "message", e.getMessage());
        }
    }

    public static class AlreadyFiledMapper implements ExceptionMapper<AlreadyFiledException> {

        @Override
        public Response toResponse(AlreadyFiledException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body(e)).build();
        }
    }
}
