package io.baobei.platform.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Installs {@link LockRecordingIdentityProvider} as the engine's user store. How long a lock lasts is
 * Camunda's login delay ({@code camunda.bpm.generic-properties.properties.login-delay-*}). A lock is never
 * permanent (anyone could otherwise lock any account for good with a few wrong passwords): Camunda's
 * {@code login-max-attempts} is put out of reach here, whatever the configuration says.
 */
@Component
public class AccountLockPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationEventPublisher events;

    public AccountLockPlugin(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new LockRecordingIdentityProvider.Factory(events));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    }
}
