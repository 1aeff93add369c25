package io.baobei.platform.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the application makes on its own behalf (moving a timer it owns, granting
 * access to a case) without checking the current user's authorizations.
 */
@Component
public class WithoutAuthorization {

    private final ProcessEngineConfigurationImpl configuration;

    public WithoutAuthorization(ProcessEngineConfiguration configuration) {
        this.configuration = (ProcessEngineConfigurationImpl) configuration;
    }

    public <T> T call(Supplier<T> work) {
        return configuration.getCommandExecutorTxRequired()
                .execute(context -> context.runWithoutAuthorization(work::get));
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
