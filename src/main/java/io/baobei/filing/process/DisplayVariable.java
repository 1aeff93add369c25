package io.baobei.filing.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.databind.JsonNode;

import io.baobei.filing.FilingDisplay;

/**
 * The process's one display variable ({@link FilingDisplay}), a JSON value Tasklist hands to the forms as an object.
 * It is given to the engine as a parsed JSON node and read back as one: the decisions read every variable of the
 * case, and a value given as text would be parsed again after each write.
 */
final class DisplayVariable {

    private DisplayVariable() {
    }

    static void write(VariableScope scope, FilingDisplay display) {
        scope.setVariable(FilingDisplay.VARIABLE, value(display));
    }

    static TypedValue value(FilingDisplay display) {
        return SpinValues.jsonValue(Spin.JSON(display.tree())).create();
    }

    static FilingDisplay read(VariableScope scope) {
        JsonValue value = scope.getVariableTyped(FilingDisplay.VARIABLE);
        return FilingDisplay.of((JsonNode) value.getValue().unwrap());
    }
}
