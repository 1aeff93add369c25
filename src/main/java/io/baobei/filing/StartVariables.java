package io.baobei.filing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import io.baobei.platform.validation.FieldErrors;

/**
 * The contract's {@code customer-filing} start variables. What a start form, an engine REST start or
 * {@code POST /api/filings} hands over is read as plain values only, without deserialising anything, and
 * any other variable is refused: nobody files in someone else's name or smuggles objects into a case.
 */
public final class StartVariables {

    public static final List<String> FIELDS = List.of("customerType", "customerName", "contactName", "contactPhone",
            "address", "region", "visitTime", "visitPurpose", "customerStage", "creditCode", "legalRepresentative",
            "idNumber", "propertyId", "relativePhone", "expectedAmount", "projectName", "demand");

    /** Set by the engine itself: the start event's initiator. */
    private static final String FILER = "filer";

    private StartVariables() {
    }

    public static Map<String, Object> read(VariableScope scope) {
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
