package io.baobei.bench;

import org.springframework.context.ConfigurableApplicationContext;

import io.baobei.support.AppInstances;
import io.baobei.support.EmbeddedPostgresDatabases;

/**
 * The filing rate and its ratio to the database baseline in a few minutes, without the drain and the lookups of
 * the full {@link FilingBenchmark}: to see whether a change moves the ratio before spending the hour. Several
 * rounds after the warm-up show whether the rate is still climbing. Run like the benchmark with
 * {@code -Dexec.mainClass=io.baobei.bench.FilingRateProbe} ({@code -Dbench.rounds=}, {@code -Dbench.filings=}, {@code -Dbench.warmUp=}).
 */
public final class FilingRateProbe {

    private static final int CLIENTS = 8;
    private static final int WARM_UP_FILINGS = Integer.getInteger("bench.warmUp", 3000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int FILINGS = Integer.getInteger("bench.filings", 1000);

    public static void main(String[] args) throws Exception {
        String database = EmbeddedPostgresDatabases.newDatabase("probe");
        String user = EmbeddedPostgresDatabases.USER;
        String password = EmbeddedPostgresDatabases.PASSWORD;
        double baseline = DatabaseBaseline.transactionsPerSecond(database, user, password, CLIENTS);
        System.out.printf("baseline before: %.0f tx/s%n", baseline);
        try (ConfigurableApplicationContext app = AppInstances.start(database, "probe",
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--camunda.bpm.job-execution.enabled=true", "--logging.level.root=warn")) {
            FilingLoad load = new FilingLoad("http://localhost:" + app.getEnvironment().getProperty("local.server.port"), CLIENTS);
            load.distinct(WARM_UP_FILINGS);
            for (int round = 1; round <= ROUNDS; round++) {
                FilingLoad.Figures figures = load.distinct(FILINGS);
                System.out.printf("round %d: %.1f filings/s (p50 %.1f ms, p99 %.1f ms), ratio to the baseline before %.4f%n",
                        round, figures.perSecond(), figures.p50Millis(), figures.p99Millis(), figures.perSecond() / baseline);
            }
            System.out.printf("baseline after: %.0f tx/s%n", DatabaseBaseline.transactionsPerSecond(database, user, password, CLIENTS));
        }
        System.exit(0);
    }
}
