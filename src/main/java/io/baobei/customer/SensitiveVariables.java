package io.baobei.customer;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Process variables that carry customer personal data when a start form, a revision or an engine
 * REST call hands it to the engine, with the mask each one is shown with.
 */
public final class SensitiveVariables {

    private static final Map<String, UnaryOperator<String>> MASKS = Map.of(
            "customerName", Masking::name,
            "contactName", Masking::name,
            "legalRepresentative", Masking::name,
            "contactPhone", Masking::phone,
            "relativePhone", Masking::phone,
            "address", Masking::address,
            "idNumber", Masking::idNumber,
            "creditCode", Masking::generic,
            // free text about the contact; kept encrypted in follow_up, never in the engine
            "followUpNote", Masking::generic);

    private SensitiveVariables() {
    }

    public static boolean contains(String variableName) {
        return MASKS.containsKey(variableName);
    }

    public static String mask(String variableName, String value) {
        return MASKS.getOrDefault(variableName, Masking::generic).apply(value);
    }

    /**
     * Masks a value that may already be the masked display value the process keeps; masking that a
     * second time would change it (138****8000 would become *********00).
     */
    public static String maskUnlessMasked(String variableName, String value) {
        return value.contains("*") ? value : mask(variableName, value);
    }
}
