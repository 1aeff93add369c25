package io.baobei.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.platform.validation.InvalidInputException;

/**
 * The values of a checklist as they arrive: a {@code Json} variable from Tasklist (form-js submits lists as
 * JSON), a Java list from the API or tests, or a JSON array / comma-separated text over engine REST.
 */
final class SelectedValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SelectedValues() {
    }

    static List<String> of(String field, Object value) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        if (value == null) {
            return List.of();
        }
        if (value instanceof SpinJsonNode node) {
            if (!node.isArray()) {
                throw new InvalidInputException(field, "应为列表");
            }
            node.elements().forEach(element -> add(values, element.isValue() ? String.valueOf(element.value()) : element.toString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> add(values, element == null ? null : String.valueOf(element)));
        } else if (value instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.startsWith("[")) {
                try {
                    JsonNode array = JSON.readTree(trimmed);
                    array.forEach(element -> add(values, element.asText()));
                } catch (JsonProcessingException e) {
                    throw new InvalidInputException(field, "应为列表");
                }
            } else {
                for (String part : trimmed.split(",")) {
                    add(values, part);
                }
            }
        } else {
            throw new InvalidInputException(field, "应为列表");
        }
        return new ArrayList<>(values);
    }

    private static void add(Collection<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value.trim());
        }
    }
}
