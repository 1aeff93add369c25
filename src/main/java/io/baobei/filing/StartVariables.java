package io.baobei.filing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import io.baobei.platform.validation.FieldErrors;

/**
 * What a {@code customer-filing} start hands to its first step. {@code POST /api/filings} validates before
 * anything starts and passes the {@link FilingRequest} as a transient variable, never stored. A Tasklist start
 * form or an engine REST start passes the contract's start variables, one per {@link FilingField}: they are read
 * as plain values only, without deserialising anything, any other variable is refused (nobody files in
 * someone else's name or smuggles objects into a case), and they are removed once parsed.
 */
public final class StartVariables {

    public static final List<String> FIELDS = Arrays.stream(FilingField.values()).map(FilingField::key).toList();

    /** The validated request of {@code POST /api/filings}. */
    static final String REQUEST = "filingRequest";
    /** Set by the engine itself: the start event's initiator. */
    private static final String FILER = "filer";

    private StartVariables() {
    }

    /** The start variables of {@code POST /api/filings}: the request it already validated, transient. */
    static Map<String, Object> of(FilingRequest request) {
        return Map.of(REQUEST, Variables.objectValue(request, true).create());
    }

    /**
     * The filing request this start carries: the API's, or the start variables parsed (400 naming each bad field)
     * and removed from the case.
     */
    public static Start request(VariableScope scope, FilingRequestParser parser) {
        TypedValue given = scope.getVariableTyped(REQUEST, false);
        if (given instanceof ObjectValue parsed && parsed.isTransient() && parsed.getValue() instanceof FilingRequest request) {
            scope.removeVariable(REQUEST);
            return new Start(request, Set.of());
        }
        Map<String, Object> values = read(scope);
        FilingRequest request = parser.parse(values);
        values.keySet().forEach(scope::removeVariable);
        return new Start(request, Set.copyOf(values.keySet()));
    }

    /**
     * A start's request, and the start variables it came in that were removed in this transaction (the engine
     * will not take a transient variable of the same name again before the transaction ends).
     */
    public record Start(FilingRequest request, Set<String> removed) {
    }

    private static Map<String, Object> read(VariableScope scope) {
        FieldErrors errors = new FieldErrors();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : scope.getVariableNames()) {
            if (name.equals(FILER)) {
                continue;
            }
            if (!FIELDS.contains(name)) {
                errors.add(name, "不是报备的字段");
                continue;
            }
            TypedValue value = scope.getVariableTyped(name, false);
            if (value == null || value.getType() == ValueType.NULL) {
                values.put(name, null);
            } else if (value instanceof PrimitiveValue<?> plain) {
                values.put(name, plain.getValue());
            } else {
                errors.add(name, "类型不支持：应为文本、数字或日期");
            }
        }
        errors.throwIfAny();
        return values;
    }
}
