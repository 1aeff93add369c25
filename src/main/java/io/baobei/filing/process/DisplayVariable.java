package io.baobei.filing.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.databind.JsonNode;

import io.baobei.filing.FilingDisplay;

/**
 * The process's one display variable ({@link FilingDisplay}), a JSON value Tasklist hands to the forms as an object.
 * It is given to the engine as a parsed JSON node and read back as one: the decisions read every variable of the
 * case, and a value given as text would be parsed again after each write. A step that only prepares the display
 * for the next step in the same transaction {@linkplain #handOver hands it over} instead of storing it twice.
 */
final class DisplayVariable {

    /** The display prepared earlier in this transaction, never stored. */
    private static final String HANDED_OVER = "filingDisplayHandedOver";

    private DisplayVariable() {
    }

    static void write(VariableScope scope, FilingDisplay display) {
        scope.setVariable(FilingDisplay.VARIABLE, value(display));
    }

    static TypedValue value(FilingDisplay display) {
        return SpinValues.jsonValue(Spin.JSON(display.tree())).create();
    }

    static void handOver(VariableScope scope, FilingDisplay display) {
        scope.setVariable(HANDED_OVER, Variables.objectValue(display, true).create());
    }

    /** The display handed over in this transaction, else the stored one. */
    static FilingDisplay takeHandedOverOrRead(VariableScope scope) {
        FilingDisplay handedOver = (FilingDisplay) scope.getVariable(HANDED_OVER);
        if (handedOver == null) {
            return read(scope);
        }
        scope.removeVariable(HANDED_OVER);
        return handedOver;
    }

    static FilingDisplay read(VariableScope scope) {
        JsonValue value = scope.getVariableTyped(FilingDisplay.VARIABLE);
        return FilingDisplay.of((JsonNode) value.getValue().unwrap());
    }
}
