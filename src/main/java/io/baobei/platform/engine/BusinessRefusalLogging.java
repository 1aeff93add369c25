package io.baobei.platform.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

import io.baobei.platform.validation.BusinessRefusal;

/**
 * The engine logs the exception that ends a command at ERROR with its stack trace (ENGINE-16004), except the ones it
 * expects from users: {@code BadUserRequestException}, {@code AuthorizationException} and optimistic locking at
 * DEBUG ({@code CommandContext#shouldLogFine}). A {@link BusinessRefusal} joins those, so a refused filing (403, 409,
 * 400) is no error in the log; every other exception is still logged at ERROR.
 */
@Component
public class BusinessRefusalLogging extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new RefusalAwareContexts();
        factory.setProcessEngineConfiguration(configuration); // the engine sets it only on a factory it creates itself
        configuration.setCommandContextFactory(factory);
    }

    private static final class RefusalAwareContexts extends CommandContextFactory {

        @Override
        public CommandContext createCommandContext() {
            return new CommandContext(processEngineConfiguration) {
                @Override
                protected boolean shouldLogFine(Throwable exception) {
                    return exception instanceof BusinessRefusal || super.shouldLogFine(exception);
                }
            };
        }
    }
}
