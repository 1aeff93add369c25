package io.baobei.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.baobei.notification.OutboxBacklog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * What is waiting, database-wide, as gauges: open tasks by task key and age band, jobs due and failed (no
 * retries left), open incidents by type, outbox messages by status. The values are counted by
 * {@link #refresh()} (every {@code operations.metrics.refresh-interval}), never at scrape time, so a scrape
 * costs no query. Every node reports the same figures: take {@code max}, not {@code sum}, across nodes.
 */
@Component
public class WorkloadGauges {

    private final JdbcClient jdbc;
    private final ManagementService managementService;
    private final OutboxBacklog outbox;
    private final Clock clock;
    private final MultiGauge openTasks;
    private final MultiGauge jobs;
    private final MultiGauge incidents;
    private final MultiGauge outboxMessages;

    public WorkloadGauges(JdbcClient jdbc, ManagementService managementService, OutboxBacklog outbox, Clock clock,
                          MeterRegistry meters) {
        this.jdbc = jdbc;
        this.managementService = managementService;
        this.outbox = outbox;
        this.clock = clock;
        this.openTasks = MultiGauge.builder("baobei.tasks.open").description("Open user tasks by task key and age band")
                .register(meters);
        this.jobs = MultiGauge.builder("baobei.jobs").description("Engine jobs due now (state=due) and out of retries (state=failed)")
                .register(meters);
        this.incidents = MultiGauge.builder("baobei.incidents").description("Open engine incidents by type").register(meters);
        this.outboxMessages = MultiGauge.builder("baobei.outbox.messages")
                .description("Mail and webhook messages by outbox status").register(meters);
    }

    public void refresh() {
        openTasks.register(openTaskRows(), true);
        jobs.register(List.of(
                MultiGauge.Row.of(Tags.of("state", "due"), managementService.createJobQuery().executable().count()),
                MultiGauge.Row.of(Tags.of("state", "failed"), managementService.createJobQuery().noRetriesLeft().count())),
                true);
        incidents.register(incidentRows(), true);
        outboxMessages.register(outbox.byStatus().entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("status", e.getKey()), e.getValue())).toList(), true);
    }

    private List<MultiGauge.Row<?>> openTaskRows() {
        Instant now = clock.instant();
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        jdbc.sql("""
                select task_key, age, count(*) as n from (
                  select coalesce(task_def_key_, 'none') as task_key,
                         case when create_time_ >= :oneDay then 'under-1d'
                              when create_time_ >= :threeDays then '1d-3d'
                              when create_time_ >= :sevenDays then '3d-7d'
                              else 'over-7d' end as age
                  from act_ru_task) t
                group by task_key, age
                """)
                .param("oneDay", Timestamp.from(now.minus(Duration.ofDays(1))))
                .param("threeDays", Timestamp.from(now.minus(Duration.ofDays(3))))
                .param("sevenDays", Timestamp.from(now.minus(Duration.ofDays(7))))
                .query(rs -> {
                    rows.add(MultiGauge.Row.of(Tags.of("task", rs.getString("task_key"), "age", rs.getString("age")),
                            rs.getLong("n")));
                });
        return rows;
    }

    private List<MultiGauge.Row<?>> incidentRows() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        jdbc.sql("select incident_type_ as incident_type, count(*) as n from act_ru_incident group by incident_type_")
                .query(rs -> {
                    rows.add(MultiGauge.Row.of(Tags.of("type", rs.getString("incident_type")), rs.getLong("n")));
                });
        return rows;
    }
}
