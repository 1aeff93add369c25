package io.baobei.customer;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Writes history like the engine does, but never a customer's personal data in clear text: the
 * values of {@link SensitiveVariables} reach {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL} masked.
 * Decision history is untouched (the rules replay reads it).
 */
public class CustomerDataHistoryFilter extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable
                && SensitiveVariables.contains(variable.getVariableName())) {
            maskVariable(variable);
        } else if (event instanceof HistoricFormPropertyEventEntity formProperty
                && SensitiveVariables.contains(formProperty.getPropertyId())
                && formProperty.getPropertyValue() != null) {
            formProperty.setPropertyValue(SensitiveVariables.maskUnlessMasked(formProperty.getPropertyId(),
                    String.valueOf(formProperty.getPropertyValue())));
        }
        super.handleEvent(event);
    }

    private static void maskVariable(HistoricVariableUpdateEventEntity variable) {
        String name = variable.getVariableName();
        variable.setTextValue(variable.getTextValue() == null ? null : SensitiveVariables.maskUnlessMasked(name, variable.getTextValue()));
        variable.setTextValue2(variable.getTextValue2() == null ? null : SensitiveVariables.maskUnlessMasked(name, variable.getTextValue2()));
        variable.setByteValue(null);
    }
}
