package io.baobei.platform.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Keeps a transient object variable as the object it was given. A transient variable hands a value from one step to
 * the next inside a transaction and is never stored, yet Camunda serializes every object value it is given,
 * transient ones too: the validated request of {@code POST /api/filings} was written out as JSON on every filing
 * and never read, and each business rule task's {@code decisionResult} (a transient variable of the engine's own)
 * was written out with Java serialization. Stored objects, transient values Camunda stores as primitives (text,
 * numbers, dates), and transient objects given in serialized form (as the REST API gives them), still go to the
 * usual serializers.
 */
public class TransientObjectsUnserialized implements TypedValueSerializer<ObjectValue> {

    static final String NAME = "transient-object";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public ValueType getType() {
        return ValueType.OBJECT;
    }

    @Override
    public boolean canHandle(TypedValue value) {
        if (value instanceof UntypedValueImpl untyped) {
            return untyped.isTransient() && untyped.getValue() != null && !storedAsPrimitive(untyped);
        }
        return value instanceof ObjectValue object && object.isTransient() && object.isDeserialized();
    }

    private static boolean storedAsPrimitive(UntypedValueImpl value) {
        ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
        return configuration == null || configuration.getVariableSerializers().getSerializers().stream()
                .anyMatch(serializer -> serializer.getType().isPrimitiveValueType() && serializer.canHandle(value));
    }

    /** Nothing is written: the variable holds the object until the transaction ends. */
    @Override
    public void writeValue(ObjectValue value, ValueFields valueFields) {
    }

    @Override
    public ObjectValue readValue(ValueFields valueFields, boolean deserializeValue, boolean asTransientValue) {
        throw new ProcessEngineException("The transient object variable '" + valueFields.getName()
                + "' was not stored and cannot be read back outside the transaction that set it");
    }

    @Override
    public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
        return Variables.objectValue(untypedValue.getValue(), untypedValue.isTransient()).create();
    }

    /**
     * The engine's default format: when several serializers can take a value, Camunda picks the one of that
     * format, first in line; this one comes before the usual ones and stands in for them.
     */
    @Override
    public String getSerializationDataformat() {
        ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
        return configuration == null ? null : configuration.getDefaultSerializationFormat();
    }

    @Override
    public boolean isMutableValue(ObjectValue typedValue) {
        return false;
    }
}
