package io.baobei.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppInstances;
import io.baobei.support.EmbeddedPostgresDatabases;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Two application instances with their job executors on, on one PostgreSQL database: protection lapses due
 * while both run are each executed exactly once, and when one instance stops in the middle of the drain the
 * jobs it had locked are taken over by the other once their lock has expired. No filing is lost, and a node
 * stopped during a burst of filings leaves none half stored.
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
        stop(stopping);

        afterTheLockTime();
        awaitAllLapsed(jdbc);
        assertEachLapsedOnceAndNoJobFailed(jdbc);
    }

    /**
     * Graceful restart: while one node takes a burst of filings over HTTP and both drain due lapses, that node is
     * stopped. It finishes the requests and jobs it holds or leaves them to the other node: every filing is stored
     * with its process or not at all, every accepted filing is there, and every due lapse runs exactly once.
     */
    @Test
    void aNodeStoppedDuringAFilingBurstAndADrainLeavesNothingHalfDone() throws Exception {
        String database = EmbeddedPostgresDatabases.newDatabase("two_node_graceful");
        ProcessEngine survivor = start(database, "gracefulSurvivor");
        ConfigurableApplicationContext stopping = startContext(database, "gracefulStopping");
        JdbcTemplate jdbc = new JdbcTemplate(EmbeddedPostgresDatabases.dataSource(database));
        fileOnBothNodes(survivor, AppInstances.engine(stopping));
        afterProtectionRunsOut();

        FilingBurst burst = new FilingBurst(URI.create("http://localhost:" + stopping.getEnvironment().getProperty("local.server.port")));
        burst.start(4);
        await("the drain and the burst under way", () -> lapsedFilings(jdbc) > 0 && burst.accepted().size() >= 10);
        stop(stopping);
        burst.awaitRefused();

        afterTheLockTime();
        awaitAllLapsed(jdbc);
        assertEachLapsedOnceAndNoJobFailed(jdbc);
        Assertions.assertThat(jdbc.queryForList("select id from filing", String.class)).as("accepted filings")
                .containsAll(burst.accepted());
        Assertions.assertThat(jdbc.queryForObject("""
                select count(*) from filing f
                where f.process_instance_id is null
                   or not exists (select 1 from act_hi_procinst p where p.id_ = f.process_instance_id and p.proc_def_key_ = 'customer-filing')
                """, Integer.class)).as("filings without their process").isZero();
        Assertions.assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'customer-filing'",
                Integer.class)).as("filing processes").isEqualTo(jdbc.queryForObject("select count(*) from filing", Integer.class));
        Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from filing where status = 'PENDING_APPROVAL' and filed_at > ?", Integer.class,
                Timestamp.from(EngineActions.NOW.plusDays(1).toInstant()))).as("burst filings protected")
                .isEqualTo(jdbc.queryForObject("select count(*) from filing", Integer.class) - FILINGS);
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

    private void stop(ConfigurableApplicationContext node) {
        node.close();
        nodes.remove(node);
    }

    /** Jobs a stopped node had acquired stay locked until their lock expires; the clock moves past it. */
    private static void afterTheLockTime() {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + LOCK_TIME.toMillis() + 1000));
    }

    private static void afterProtectionRunsOut() {
        EngineActions.setClock(EngineActions.NOW.plusDays(30));
    }

    private static void awaitAllLapsed(JdbcTemplate jdbc) {
        await("every filing lapsed", () -> lapsedFilings(jdbc) == FILINGS && dueLapseTimersLeft(jdbc) == 0);
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

    /** Protection timers due by the engine clock (filings made after the clock moved are not due yet). */
    private static int dueLapseTimersLeft(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                where d.act_id_ = 'protection-lapsed' and j.duedate_ <= ?
                """, Integer.class, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    }

    /**
     * Clients filing new customers over HTTP, each in a loop, until the node refuses (connection refused or a
     * 5xx while it stops); the filing ids of the 201 answers are kept.
     */
    private static final class FilingBurst {

        private final URI node;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final List<String> accepted = new CopyOnWriteArrayList<>();
        private final List<CompletableFuture<Void>> clients = new ArrayList<>();
        private ExecutorService threads;
        private final ObjectMapper json = new ObjectMapper();

        FilingBurst(URI node) {
            this.node = node;
        }

        void start(int clientCount) {
            threads = Executors.newFixedThreadPool(clientCount);
            for (int i = 0; i < clientCount; i++) {
                String rep = i % 2 == 0 ? "rep1" : "rep2";
                clients.add(CompletableFuture.runAsync(() -> fileUntilRefused(rep), threads));
            }
        }

        List<String> accepted() {
            return accepted;
        }

        void awaitRefused() throws Exception {
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            threads.shutdown();
        }

        private void fileUntilRefused(String rep) {
            String credentials = Base64.getEncoder().encodeToString((rep + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
            while (true) {
                try {
                    HttpRequest request = HttpRequest.newBuilder(node.resolve("/api/filings"))
                            .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Filings.enterprise(EngineActions.nextCustomer()))))
                            .build();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201) {
                        return;
                    }
                    accepted.add(json.readTree(response.body()).path("filingId").asText());
                } catch (IOException e) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Polls the database until the condition holds; the job executors do the work. */
    private static void await(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(DRAIN_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(condition);
    }
}
