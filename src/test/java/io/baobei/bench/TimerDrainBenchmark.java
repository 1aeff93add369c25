package io.baobei.bench;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.baobei.filing.FilingProcessStarter;
import io.baobei.platform.security.CurrentUser;
import io.baobei.support.AppInstances;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Issue 7's timer drain: {@code lapses} filings of distinct customers are filed at one fixed moment through the
 * service behind {@code POST /api/filings}, so they all wait for approval with their {@code protection-lapsed}
 * timers due together; then the engine clock moves 30 days on and the application's job executor lapses them.
 * Lapses per second run from the clock move until no due lapse timer is left. Afterwards every filing must have
 * lapsed exactly once, with no failed job and no incident (the checks of {@code it.TwoNodeJobsIT}).
 */
final class TimerDrainBenchmark {

    /** {@code lapses}: the lapse timers due at the clock move, this run's filings and any earlier ones then due. */
    record DrainFigures(int lapses, double seconds, double lapsesPerSecond) {
    }

    private static final int THREADS = 4;
    private static final String FILER = "rep1";
    private static final int PROGRESS_EVERY = 10_000;
    private static final OffsetDateTime AFTER_PROTECTION = EngineActions.NOW.plusDays(30);
    /**
     * How often the drain counts the lapse timers still due: the count reads the whole job table (0.2 s at 400 k
     * jobs), so polling more often would take a core from the drain it measures.
     */
    private static final Duration POLL = Duration.ofSeconds(5);
    /** Fails only a drain far below any useful rate (under 5 lapses/s). */
    private static final int SLOWEST_LAPSES_PER_SECOND = 5;

    private final ConfigurableApplicationContext app;
    private final int lapses;
    private final JdbcTemplate jdbc;

    TimerDrainBenchmark(ConfigurableApplicationContext app, int lapses) {
        this.app = app;
        this.lapses = lapses;
        this.jdbc = new JdbcTemplate(app.getBean(DataSource.class));
    }

    /** @throws IllegalStateException if a filing lapsed twice or not at all, a job failed or an incident was raised */
    DrainFigures run() throws Exception {
        EngineActions.setClock(EngineActions.NOW);
        try {
            String[] filingIds = fileWaitingFilings();
            return drain(filingIds);
        } finally {
            ClockUtil.reset();
        }
    }

    /** Files as {@value #FILER} the way the controller does: authenticated, then {@link FilingProcessStarter#start}. */
    private String[] fileWaitingFilings() throws Exception {
        FilingProcessStarter starter = app.getBean(FilingProcessStarter.class);
        CurrentUser currentUser = app.getBean(CurrentUser.class);
        EngineActions actions = new EngineActions(AppInstances.engine(app));
        String[] filingIds = new String[lapses];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger filed = new AtomicInteger();
        long start = System.nanoTime();
        Clients.run(THREADS, client -> {
            int i;
            while ((i = next.getAndIncrement()) < lapses) {
                Map<String, Object> filing = Filings.enterprise(EngineActions.nextCustomer());
                Map<String, Object> response = actions.as(FILER, () -> starter.start(filing));
                if (!"PENDING_APPROVAL".equals(response.get("filingStatus"))) {
                    throw new IllegalStateException("Filing " + response.get("filingId") + " is " + response.get("filingStatus"));
                }
                filingIds[i] = (String) response.get("filingId");
                int done = filed.incrementAndGet();
                if (done % PROGRESS_EVERY == 0) {
                    System.out.printf("timer drain: filed %d of %d, %.2f s per 1k%n", done, lapses, secondsSince(start) * 1000 / done);
                }
            }
        });
        double seconds = secondsSince(start);
        System.out.printf("timer drain: filed %d in %.0f s, %.2f s per 1k (%.1f filings/s, %d threads in-process)%n",
                lapses, seconds, seconds * 1000 / lapses, lapses / seconds, THREADS);
        return filingIds;
    }

    private DrainFigures drain(String[] filingIds) {
        Date due = Date.from(AFTER_PROTECTION.toInstant());
        int dueLapses = lapseTimersDue(due);
        int lapsedEventsBefore = lapsedEvents();
        System.out.printf("timer drain: %d lapse timers due, %d other jobs due too (run alongside, not counted)%n",
                dueLapses, otherJobsDue(due));

        EngineActions.setClock(AFTER_PROTECTION);
        long start = System.nanoTime();
        // After the quiet filing phase job acquisition idles for up to max-wait (60 s by default) between polls;
        // timers that come due one by one never meet that, so the idle wait is not part of the drain.
        ((ProcessEngineConfigurationImpl) AppInstances.engine(app).getProcessEngineConfiguration())
                .getJobExecutor().jobWasAdded();
        AtomicInteger shown = new AtomicInteger();
        Awaitility.await("every due lapse timer run")
                .atMost(Duration.ofSeconds(60 + dueLapses / SLOWEST_LAPSES_PER_SECOND))
                .pollInterval(POLL)
                .until(() -> {
                    int left = lapseTimersDue(due);
                    int step = (dueLapses - left) / PROGRESS_EVERY;
                    if (step > shown.getAndSet(step)) {
                        System.out.printf("timer drain: %d of %d lapsed after %.0f s%n", dueLapses - left, dueLapses, secondsSince(start));
                    }
                    return left == 0;
                });
        double seconds = secondsSince(start);

        requireNone("filings lapsed twice", count("""
                select count(*) from (select filing_id from filing_event where event_type = 'LAPSED'
                group by filing_id having count(*) > 1) twice"""));
        requireNone("filings not lapsed",
                lapses - count("select count(*) from filing where id = any(?) and status = 'LAPSED'", (Object) filingIds));
        requireNone("due lapse timers without exactly one LAPSED event", dueLapses - (lapsedEvents() - lapsedEventsBefore));
        requireNone("failed jobs", count("select count(*) from act_ru_job where exception_msg_ is not null"));
        requireNone("incidents", count("select count(*) from act_ru_incident"));
        return new DrainFigures(dueLapses, seconds, dueLapses / seconds);
    }

    /** Lapse timers due by then that the job executor may still run; one out of retries counts as a failed job. */
    private int lapseTimersDue(Date due) {
        return count("""
                select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                where d.act_id_ = 'protection-lapsed' and j.duedate_ <= ? and j.retries_ > 0
                """, due);
    }

    private int otherJobsDue(Date due) {
        return count("""
                select count(*) from act_ru_job j left join act_ru_jobdef d on d.id_ = j.job_def_id_
                where d.act_id_ is distinct from 'protection-lapsed' and j.duedate_ <= ?
                """, due);
    }

    private int lapsedEvents() {
        return count("select count(*) from filing_event where event_type = 'LAPSED'");
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    private static void requireNone(String what, int found) {
        if (found != 0) {
            throw new IllegalStateException(what + ": " + found);
        }
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
