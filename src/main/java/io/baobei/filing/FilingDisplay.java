package io.baobei.filing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.customer.SensitiveVariables;

/**
 * What the task forms show of a filing, held by its process as the one JSON variable {@link #VARIABLE}: every
 * {@link FilingField} (customer data masked, dates as the forms print them), who filed it, whether it was filed
 * late and until when it is protected. Forms read it as {@code filing.customerName}; the full data stays in the
 * encrypted filing row and on the filing page.
 */
public record FilingDisplay(Map<String, Object> values) {

    /** The process variable and the forms' path. */
    public static final String VARIABLE = "filing";
    public static final String FILER_NAME = "filerName";
    public static final String LATE = "late";
    public static final String PROTECTED_UNTIL = "protectedUntil";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> AS_MAP = new TypeReference<>() { };

    public FilingDisplay {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static FilingDisplay of(FilingRequest request, String filerName, boolean late, ZoneId zone) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FilingField field : FilingField.values()) {
            values.put(field.key(), shown(field, request.value(field), zone));
        }
        values.put(FILER_NAME, filerName);
        values.put(LATE, late);
        return new FilingDisplay(values);
    }

    public FilingDisplay protectedUntil(OffsetDateTime until, ZoneId zone) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(PROTECTED_UNTIL, until.atZoneSameInstant(zone).format(SHOWN));
        return new FilingDisplay(changed);
    }

    public FilingDisplay stage(CustomerStage stage) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(FilingField.CUSTOMER_STAGE.key(), stage.name());
        return new FilingDisplay(changed);
    }

    /** Keeps what the process learnt after registration (protection) when the filing's fields are shown anew. */
    public FilingDisplay with(FilingDisplay earlier) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        if (earlier.values.get(PROTECTED_UNTIL) != null) {
            changed.put(PROTECTED_UNTIL, earlier.values.get(PROTECTED_UNTIL));
        }
        return new FilingDisplay(changed);
    }

    public Object get(String key) {
        return values.get(key);
    }

    public JsonNode tree() {
        return JSON.valueToTree(values);
    }

    public static FilingDisplay of(JsonNode tree) {
        return new FilingDisplay(JSON.convertValue(tree, AS_MAP));
    }

    public static FilingDisplay parse(String json) {
        try {
            return new FilingDisplay(JSON.readValue(json, AS_MAP));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object shown(FilingField field, Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        if (field.sensitive()) {
            return SensitiveVariables.mask(field.key(), (String) value);
        }
        if (value instanceof String text) {
            return text.replace('`', 'ˋ'); // forms print it inside code spans
        }
        if (value instanceof OffsetDateTime time) {
            return time.atZoneSameInstant(zone).format(SHOWN);
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().scale() <= 0 ? amount.toBigInteger() : amount;
        }
        return value instanceof Enum<?> constant ? constant.name() : value;
    }
}
