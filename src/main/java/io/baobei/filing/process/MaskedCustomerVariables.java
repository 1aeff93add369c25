package io.baobei.filing.process;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import io.baobei.customer.SensitiveVariables;
import io.baobei.filing.PlainCustomer;

/**
 * Replaces the customer data a start form, revision or REST call handed to the engine with masked
 * display values: the process keeps ids and what forms show, the encrypted tables keep the data.
 */
final class MaskedCustomerVariables {

    private MaskedCustomerVariables() {
    }

    /** Masked values by variable name; null where the filing has no such value. */
    static Map<String, Object> of(PlainCustomer c, BigDecimal expectedAmount) {
        Map<String, Object> values = new HashMap<>();
        values.put("customerName", mask("customerName", c.customerName()));
        values.put("contactName", mask("contactName", c.contactName()));
        values.put("contactPhone", mask("contactPhone", c.contactPhone()));
        values.put("address", mask("address", c.address()));
        values.put("creditCode", mask("creditCode", c.creditCode()));
        values.put("legalRepresentative", mask("legalRepresentative", c.legalRepresentative()));
        values.put("idNumber", mask("idNumber", c.idNumber()));
        values.put("relativePhone", mask("relativePhone", c.relativePhone()));
        values.put("propertyId", mask("propertyId", c.propertyId()));
        values.put("expectedAmount", expectedAmount == null ? null : expectedAmount.doubleValue());
        return values;
    }

    static void write(VariableScope scope, PlainCustomer customer, BigDecimal expectedAmount) {
        of(customer, expectedAmount).forEach((name, value) -> {
            if (value != null || "expectedAmount".equals(name)) {
                scope.setVariable(name, value);
            } else if (scope.hasVariable(name)) {
                scope.removeVariable(name);
            }
        });
    }

    private static String mask(String variable, String value) {
        return value == null ? null : SensitiveVariables.mask(variable, value);
    }
}
