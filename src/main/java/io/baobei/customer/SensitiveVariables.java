package io.baobei.customer;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Process variables that carry customer personal data when a start form, a revision or an engine
 * REST call hands it to the engine, with the mask each one is shown with.
 */
public final class SensitiveVariables {

    private static final Map<String, UnaryOperator<String>> MASKS = Map.ofEntries(
            Map.entry("customerName", Masking::name),
            Map.entry("contactName", Masking::name),
            Map.entry("legalRepresentative", Masking::name),
            Map.entry("contactPhone", Masking::phone),
            Map.entry("relativePhone", Masking::phone),
            Map.entry("address", Masking::address),
            Map.entry("idNumber", Masking::idNumber),
            Map.entry("creditCode", Masking::generic),
            // with a phone it identifies the customer (rule C1)
            Map.entry("propertyId", Masking::generic),
            // free text about the contact; kept encrypted in follow_up, never in the engine
            Map.entry("followUpNote", Masking::generic),
            // a rep's statement in a collision (情况说明): kept encrypted with the case, never in the engine
            Map.entry("statement", Masking::generic),
            // a customer's change or deletion request (customer-data-request)
            Map.entry("customerPhone", Masking::phone),
            Map.entry("customerCreditCode", Masking::generic),
            Map.entry("customerIdNumber", Masking::idNumber),
            Map.entry("documentNumber", Masking::idNumber),
            Map.entry("newCustomerName", Masking::name),
            Map.entry("newContactName", Masking::name),
            Map.entry("newContactPhone", Masking::phone),
            Map.entry("newAddress", Masking::address),
            Map.entry("requestNote", Masking::generic));

    private SensitiveVariables() {
    }

    public static boolean contains(String variableName) {
        return MASKS.containsKey(variableName);
    }

    /** The display mask; a backtick of the user's becomes ˋ so it cannot end a form's code span. */
    public static String mask(String variableName, String value) {
        return MASKS.getOrDefault(variableName, Masking::generic).apply(value).replace('`', 'ˋ');
    }

    /**
     * Masks a value that may already be the masked display value the process keeps; masking that a
     * second time would change it (138****8000 would become *********00).
     */
    public static String maskUnlessMasked(String variableName, String value) {
        return value.contains("*") ? value : mask(variableName, value);
    }
}
