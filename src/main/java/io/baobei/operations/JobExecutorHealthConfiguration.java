package io.baobei.operations;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code jobExecutor}: UP while this node's job executor runs. Replaces the Camunda starter's indicator of the
 * same name, which is missing when {@code camunda.bpm.job-execution.enabled} is false; a node without job
 * execution (a web-only node, the tests) is then UP with {@code enabled: false} instead of failing the probes
 * that name the indicator.
 */
@Configuration(proxyBeanMethods = false)
public class JobExecutorHealthConfiguration {

    @Bean
    public HealthIndicator jobExecutorHealthIndicator(ObjectProvider<JobExecutor> jobExecutor) {
        return () -> {
            JobExecutor executor = jobExecutor.getIfAvailable();
            if (executor == null) {
                return Health.up().withDetail("enabled", false).build();
            }
            return (executor.isActive() ? Health.up() : Health.down()).withDetail("enabled", true)
                    .withDetail("engines", executor.getProcessEngines().size()).build();
        };
    }
}
