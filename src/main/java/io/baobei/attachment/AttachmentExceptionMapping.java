package io.baobei.attachment;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import io.baobei.platform.validation.FieldError;

/**
 * A file above {@code spring.servlet.multipart.max-file-size} is refused while the request is still being read,
 * before any controller is chosen, so only a global advice sees it: {@code 400} naming {@code file}, like the
 * service's own size check. A broken multipart body is a {@code 400} naming {@code body} (as a broken JSON body is,
 * {@code platform.web.ApiExceptionHandler}) instead of Spring's 500; an unknown attachment a {@code 404}.
 */
@RestControllerAdvice
public class AttachmentExceptionMapping {

    private final AttachmentProperties limits;

    public AttachmentExceptionMapping(AttachmentProperties limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.badRequest().body(Map.of("errors",
                List.of(new FieldError(AttachmentValidation.FILE, AttachmentValidation.tooLarge(limits)))));
    }

    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<Map<String, Object>> unreadable(MultipartException e) {
        return ResponseEntity.badRequest().body(Map.of("errors",
                List.of(new FieldError("body", "请求体不是有效的 multipart/form-data"))));
    }

    @ExceptionHandler(AttachmentNotFoundException.class)
    public ResponseEntity<Map<String, Object>> notFound(AttachmentNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
