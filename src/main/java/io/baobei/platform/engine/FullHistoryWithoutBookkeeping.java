package io.baobei.platform.engine;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * History level {@value #NAME}: everything FULL writes (decision inputs and outputs for the rules replay,
 * the user operation log, every variable's current value, what each job did) except two kinds of
 * bookkeeping rows nothing reads:
 * <ul>
 * <li>one {@code ACT_HI_DETAIL} row per variable change. Those rows were a third of the statements of a filing;
 * who changed what in a case is in the business tables' own event and audit records.</li>
 * <li>the job log's rows for a job being created or deleted (a filing schedules four timers, and most are
 * deleted unfired when the task they watch is done). A job still waiting is in {@code ACT_RU_JOB}; the log
 * keeps every run and every failure with its stack trace, which is what someone repairing an incident reads.</li>
 * </ul>
 */
public class FullHistoryWithoutBookkeeping extends AbstractHistoryLevel {

    public static final String NAME = "full-without-bookkeeping";

    /** Stored in {@code ACT_GE_PROPERTY}; the built-in levels use 0 to 3. */
    public static final int ID = 31;

    /** {@code full-without-variable-details}, which this level replaced: it kept the job log whole. */
    static final int WITHOUT_VARIABLE_DETAILS_ID = 30;

    private static final Set<HistoryEventType> BOOKKEEPING = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
            HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_DELETE);

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
        return !BOOKKEEPING.contains(eventType) && HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }
}
