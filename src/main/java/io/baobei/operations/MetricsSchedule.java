package io.baobei.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Counts what the gauges show every {@code operations.metrics.refresh-interval} (30 s by default). */
@Configuration
@EnableScheduling
public class MetricsSchedule {

    private final WorkloadGauges workload;
    private final EngineMetricsGauges engineMetrics;

    public MetricsSchedule(WorkloadGauges workload, EngineMetricsGauges engineMetrics) {
        this.workload = workload;
        this.engineMetrics = engineMetrics;
    }

    @Scheduled(fixedDelayString = "${operations.metrics.refresh-interval:PT30S}")
    public void refresh() {
        workload.refresh();
        engineMetrics.refresh();
    }
}
