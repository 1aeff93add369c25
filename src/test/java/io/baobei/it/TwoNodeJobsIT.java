package io.baobei.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;

import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.baobei.support.AppInstances;
import io.baobei.support.EmbeddedPostgresDatabases;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Two application instances with their job executors on, on one PostgreSQL database: protection lapses due
 * while both run are each executed exactly once, and when one instance stops in the middle of the drain the
 * jobs it had locked are taken over by the other once their lock has expired. No filing is lost.
 */
class TwoNodeJobsIT {

    private static final int FILINGS = 120;
    private static final Duration LOCK_TIME = Duration.ofSeconds(5);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(3);

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
        ClockUtil.reset();
    }

    @Test
    void lapsesDueWhileBothNodesRunAreEachExecutedOnce() {
        String database = EmbeddedPostgresDatabases.newDatabase("two_node_jobs");
        ProcessEngine first = start(database, "jobsNodeOne");
        ProcessEngine second = start(database, "jobsNodeTwo");
        JdbcTemplate jdbc = new JdbcTemplate(EmbeddedPostgresDatabases.dataSource(database));

        fileOnBothNodes(first, second);
        Assertions.assertThat(protectedFilings(jdbc)).isEqualTo(FILINGS);
        afterProtectionRunsOut();

        awaitAllLapsed(jdbc);
        assertEachLapsedOnceAndNoJobFailed(jdbc);
    }

    @Test
    void whenANodeStopsMidDrainTheOtherTakesOverItsLockedJobsAfterTheLockTime() {
        String database = EmbeddedPostgresDatabases.newDatabase("two_node_failover");
        ProcessEngine survivor = start(database, "survivorNode");
        ConfigurableApplicationContext stopping = startContext(database, "stoppingNode");
        JdbcTemplate jdbc = new JdbcTemplate(EmbeddedPostgresDatabases.dataSource(database));

        fileOnBothNodes(survivor, AppInstances.engine(stopping));
        afterProtectionRunsOut();
        await("the drain to have started", () -> lapsedFilings(jdbc) > 0);
        stopping.close();
        nodes.remove(stopping);

        // Jobs the stopped node had acquired stay locked until their lock expires; the clock moves past it.
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + LOCK_TIME.toMillis() + 1000));
        awaitAllLapsed(jdbc);
        assertEachLapsedOnceAndNoJobFailed(jdbc);
    }

    private ProcessEngine start(String database, String engineName) {
        return AppInstances.engine(startContext(database, engineName));
    }

    private ConfigurableApplicationContext startContext(String database, String engineName) {
        ConfigurableApplicationContext node = AppInstances.start(database, engineName,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000");
        nodes.add(node);
        return node;
    }

    private static void fileOnBothNodes(ProcessEngine first, ProcessEngine second) {
        EngineActions.setClock(EngineActions.NOW);
        EngineActions one = new EngineActions(first);
        EngineActions two = new EngineActions(second);
        for (int i = 0; i < FILINGS; i++) {
            (i % 2 == 0 ? one : two).file(i % 2 == 0 ? "rep1" : "rep2", Filings.enterprise(EngineActions.nextCustomer()));
        }
    }

    private static void afterProtectionRunsOut() {
        EngineActions.setClock(EngineActions.NOW.plusDays(30));
    }

    private static void awaitAllLapsed(JdbcTemplate jdbc) {
        await("every filing lapsed", () -> lapsedFilings(jdbc) == FILINGS && lapseTimersLeft(jdbc) == 0);
    }

    private static void assertEachLapsedOnceAndNoJobFailed(JdbcTemplate jdbc) {
        Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from (select filing_id from filing_event where event_type = 'LAPSED' group by filing_id having count(*) > 1) twice",
                Integer.class)).as("filings lapsed twice").isZero();
        Assertions.assertThat(jdbc.queryForObject("select count(*) from filing_event where event_type = 'LAPSED'", Integer.class))
                .isEqualTo(FILINGS);
        Assertions.assertThat(jdbc.queryForObject("select count(*) from act_ru_job where exception_msg_ is not null", Integer.class))
                .as("failed jobs").isZero();
        Assertions.assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).as("incidents").isZero();
    }

    private static int protectedFilings(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from filing where status = 'PENDING_APPROVAL'", Integer.class);
    }

    private static int lapsedFilings(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from filing where status = 'LAPSED'", Integer.class);
    }

    private static int lapseTimersLeft(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                where d.act_id_ = 'protection-lapsed'
                """, Integer.class);
    }

    /** Polls the database until the condition holds; the job executors do the work. */
    private static void await(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(DRAIN_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(condition);
    }
}
