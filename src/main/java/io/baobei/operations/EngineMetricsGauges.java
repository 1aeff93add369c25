package io.baobei.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * Camunda's own metrics (activity instances started and ended, jobs acquired, executed and failed, decisions
 * evaluated, history cleanup …) as one gauge, {@code camunda_engine_metric{metric="job-successful"}}: the
 * total the engine has logged to {@code ACT_RU_METER_LOG} (all nodes, written every reporting interval) plus
 * what this node counted since its last report. Refreshed with the other gauges, not at scrape time.
 */
@Component
public class EngineMetricsGauges {

    private final ManagementService managementService;
    private final Map<String, Meter> localMeters;
    private final MultiGauge engineMetrics;

    public EngineMetricsGauges(ProcessEngine engine, MeterRegistry meters) {
        this.managementService = engine.getManagementService();
        this.localMeters = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getMetricsRegistry()
                .getDbMeters();
        this.engineMetrics = MultiGauge.builder("camunda.engine.metric")
                .description("Camunda engine metric totals (ManagementService metrics plus this node's unreported count)")
                .register(meters);
    }

    public void refresh() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        localMeters.forEach((name, local) -> rows.add(MultiGauge.Row.of(Tags.of("metric", name),
                managementService.createMetricsQuery().name(name).sum() + local.get())));
        engineMetrics.register(rows, true);
    }
}
