package io.baobei.platform.engine;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * On shutdown the job executor's threads finish the jobs they hold (running and already acquired) within
 * {@code spring.lifecycle.timeout-per-shutdown-phase}, instead of being interrupted. The Camunda starter's
 * {@code camundaTaskExecutor} would otherwise be shut down at once: its jobs roll back and wait, locked, until
 * another node takes them over after the lock time. Either way no job is half done; this only saves the wait.
 */
@Configuration(proxyBeanMethods = false)
public class GracefulJobExecution {

    static final String CAMUNDA_TASK_EXECUTOR = "camundaTaskExecutor";

    @Bean
    static BeanPostProcessor jobExecutorFinishesOnShutdown(
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration timeout) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (CAMUNDA_TASK_EXECUTOR.equals(beanName) && bean instanceof ThreadPoolTaskExecutor executor) {
                    executor.setWaitForTasksToCompleteOnShutdown(true);
                    executor.setAwaitTerminationMillis(timeout.toMillis());
                }
                return bean;
            }
        };
    }
}
