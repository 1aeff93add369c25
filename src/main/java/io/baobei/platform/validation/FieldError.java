package io.baobei.platform.validation;

/** One problem with one input field: {@code {"field": "contactPhone", "message": "..."}}. */
public record FieldError(String field, String message) {
}
