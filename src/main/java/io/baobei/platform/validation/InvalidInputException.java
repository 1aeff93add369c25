package io.baobei.platform.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input, with every problem named by field. Deliberately not a {@code ProcessEngineException}:
 * the engine REST API then lets it through to our own mapper (400) instead of answering 500.
 * Messages name fields, never values, because the engine logs exception messages.
 */
public class InvalidInputException extends RuntimeException implements BusinessRefusal {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
