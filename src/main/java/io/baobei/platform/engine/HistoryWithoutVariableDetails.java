package io.baobei.platform.engine;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * History level {@value #NAME}: everything FULL writes (decision inputs and outputs for the rules replay,
 * the user operation log, every variable's current value) except one {@code ACT_HI_DETAIL} row per
 * variable change. Those rows were a third of the statements of a filing; who changed what in a case is
 * in the business tables' own event and audit records.
 */
public class HistoryWithoutVariableDetails extends AbstractHistoryLevel {

    public static final String NAME = "full-without-variable-details";

    /** Stored in {@code ACT_GE_PROPERTY}; the built-in levels use 0 to 3. */
    public static final int ID = 30;

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
                && HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }
}
