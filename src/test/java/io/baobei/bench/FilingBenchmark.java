package io.baobei.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.baobei.support.AppInstances;
import io.baobei.support.EmbeddedPostgresDatabases;

/**
 * Issue 7's benchmark, in one run: start-up on H2, what PostgreSQL on this machine can commit (baseline),
 * filings per second end to end over HTTP with 8 clients (distinct customers, then 10 % collisions), their
 * ratio, statements per filing, peak heap and RSS during the filing load, the timer drain of 100 k
 * protection lapses, and lookup latency at 10 k, 100 k and 1 M active filings. Prints a table and writes
 * {@code docs/benchmarks.md}. Uses {@code BENCH_JDBC_URL} (with {@code BENCH_JDBC_USER} and
 * {@code BENCH_JDBC_PASSWORD}) when given, else an embedded PostgreSQL.
 *
 * <p>Run: {@code MAVEN_OPTS=-Xmx512m mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.mainClass=io.baobei.bench.FilingBenchmark -Dexec.classpathScope=test}
 */
public final class FilingBenchmark {

    private static final int CLIENTS = 8;
    /**
     * Until the JIT has compiled the filing path: after 400 filings the compiler threads still took a sixth of the
     * JVM's CPU and the rate rose by a third over the next 3,000 (FilingRateProbe, performance.md).
     */
    private static final int WARM_UP_FILINGS = 3000;
    private static final int FILINGS = 4000;
    /** The figure; {@code -Dbench.lapses=} runs a smaller drain (the report states how many). */
    private static final int LAPSES = Integer.getInteger("bench.lapses", 100_000);

    public static void main(String[] args) throws Exception {
        new FilingBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Duration startup = H2Startup.measure();
        System.out.printf("start-up on H2: %.1f s%n", startup.toMillis() / 1000.0);

        String url = System.getenv().getOrDefault("BENCH_JDBC_URL", "");
        boolean embedded = url.isBlank();
        String database = embedded ? EmbeddedPostgresDatabases.newDatabase("bench") : url;
        String user = System.getenv().getOrDefault("BENCH_JDBC_USER", EmbeddedPostgresDatabases.USER);
        String password = System.getenv().getOrDefault("BENCH_JDBC_PASSWORD", EmbeddedPostgresDatabases.PASSWORD);

        double baselineBefore = DatabaseBaseline.transactionsPerSecond(database, user, password, CLIENTS);
        System.out.printf("baseline before the filing load: %.0f tx/s%n", baselineBefore);

        try (ConfigurableApplicationContext app = AppInstances.start(database, "bench",
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--camunda.bpm.job-execution.enabled=true", "--logging.level.root=warn")) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            FilingLoad load = new FilingLoad(base, CLIENTS);
            StatementStatistics statements = new StatementStatistics(dataSource(database, user, password));
            ProcessVariables variables = new ProcessVariables(dataSource(database, user, password));
            load.distinct(WARM_UP_FILINGS);

            MemoryWatch memory = MemoryWatch.start();
            statements.reset();
            FilingLoad.Figures distinct = load.distinct(FILINGS);
            double perFiling = statements.statementsOfEach(FILINGS) / (double) FILINGS;
            double allPerFiling = statements.statementsExecuted() / (double) FILINGS;
            List<StatementStatistics.Statement> costliest = statements.mostTimeConsuming(8);
            List<StatementStatistics.Statement> mostFrequent = statements.mostFrequent(12);
            int variablesAtApproval = variables.waitingForApproval();
            // again with the application idle: this machine's speed drifts by a third within minutes
            double baselineAfter = DatabaseBaseline.transactionsPerSecond(database, user, password, CLIENTS);
            System.out.printf("baseline after the filing load: %.0f tx/s%n", baselineAfter);
            FilingLoad.Figures withCollisions = load.withCollisions(FILINGS);
            int variablesInCollision = variables.waitingForCollisionOutcome();
            memory.stop();
            System.out.printf("filings: %.1f/s distinct (p50 %.1f ms, p99 %.1f ms), %.1f/s with collisions, %.1f statements per filing, "
                            + "%d / %d process variables (approval / collision)%n", distinct.perSecond(), distinct.p50Millis(),
                    distinct.p99Millis(), withCollisions.perSecond(), perFiling, variablesAtApproval, variablesInCollision);

            TimerDrainBenchmark.DrainFigures drain = new TimerDrainBenchmark(app, LAPSES).run();
            List<LookupBenchmark.LookupFigures> lookups = new LookupBenchmark(app, base, LookupBenchmark.SIZES).run();

            String report = new BenchmarkReport(LocalDate.now(), postgresVersion(dataSource(database, user, password)),
                    embedded, startup, new BenchmarkReport.Baseline(baselineBefore, baselineAfter), distinct, withCollisions.perSecond(), perFiling, allPerFiling, costliest, mostFrequent,
                    variablesAtApproval, variablesInCollision, memory, drain, lookups, FILINGS, WARM_UP_FILINGS).markdown();
            System.out.println(report);
            Files.writeString(Path.of("docs", "benchmarks.md"), report, StandardCharsets.UTF_8);
        }
    }

    private static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private static String postgresVersion(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForObject("show server_version", String.class);
    }
}
