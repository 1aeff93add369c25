package io.baobei.filing.process;

import org.camunda.bpm.engine.delegate.VariableScope;

import io.baobei.customer.SensitiveVariables;
import io.baobei.filing.FilingRequest;

/**
 * Replaces the customer data a start form, revision or REST call handed to the engine with masked
 * display values: the process keeps ids and what forms show, the encrypted tables keep the data.
 */
final class MaskedCustomerVariables {

    private MaskedCustomerVariables() {
    }

    static void write(VariableScope scope, FilingRequest r) {
        mask(scope, "customerName", r.customerName());
        mask(scope, "contactName", r.contactName());
        mask(scope, "contactPhone", r.contactPhone());
        mask(scope, "address", r.address());
        mask(scope, "creditCode", r.creditCode());
        mask(scope, "legalRepresentative", r.legalRepresentative());
        mask(scope, "idNumber", r.idNumber());
        mask(scope, "relativePhone", r.relativePhone());
        scope.setVariable("expectedAmount", r.expectedAmount() == null ? null : r.expectedAmount().doubleValue());
    }

    private static void mask(VariableScope scope, String variable, String value) {
        if (value != null) {
            scope.setVariable(variable, SensitiveVariables.mask(variable, value));
        } else if (scope.hasVariable(variable)) {
            scope.removeVariable(variable);
        }
    }
}
