package io.baobei.filing.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import io.baobei.filing.FilingDisplay;

/** The process's one display variable ({@link FilingDisplay}), a JSON value Tasklist hands to the forms as an object. */
final class DisplayVariable {

    private DisplayVariable() {
    }

    static void write(VariableScope scope, FilingDisplay display) {
        scope.setVariable(FilingDisplay.VARIABLE, value(display));
    }

    static TypedValue value(FilingDisplay display) {
        return SpinValues.jsonValue(display.json()).create();
    }

    static FilingDisplay read(VariableScope scope) {
        SerializableValue value = scope.getVariableTyped(FilingDisplay.VARIABLE, false);
        return FilingDisplay.parse(value.getValueSerialized());
    }
}
