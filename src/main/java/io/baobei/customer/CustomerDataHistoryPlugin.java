package io.baobei.customer;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Replaces the engine's default database history handler with {@link CustomerDataHistoryFilter}. */
@Component
public class CustomerDataHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler> handlers =
                configuration.getCustomHistoryEventHandlers() == null
                        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new CustomerDataHistoryFilter());
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
