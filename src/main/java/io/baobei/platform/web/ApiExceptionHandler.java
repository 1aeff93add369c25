package io.baobei.platform.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.NotAuthenticatedException;
import io.baobei.platform.validation.FieldError;
import io.baobei.platform.validation.InvalidInputException;

/** Error bodies of the app's own API ({@code /api/**}). */
@RestControllerAdvice
public class ApiExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<Map<String, Object>> invalidInput(InvalidInputException e) {
        return ResponseEntity.badRequest().body(Map.of("errors", e.errors()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("errors",
                List.of(new FieldError("body", "请求体不是有效的 JSON"))));
    }

    /** A body of a type the endpoint does not declare (a replay sent as text/plain, as an HTML form of another site could). */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<Map<String, Object>> unsupportedType(HttpMediaTypeNotSupportedException e) {
        String sent = e.getContentType() == null ? "（无）" : e.getContentType().getType() + "/" + e.getContentType().getSubtype();
        String supported = String.join(" 或 ", e.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("errors",
                List.of(new FieldError("Content-Type", "不接受 " + sent + (supported.isEmpty() ? "" : "：应为 " + supported)))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(Map.of("errors",
                List.of(new FieldError(e.getParameterName(), "必填"))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(NotAuthenticatedException.class)
    public ResponseEntity<Map<String, Object>> notAuthenticated(NotAuthenticatedException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", e.getMessage()));
    }
}
