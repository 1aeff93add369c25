package io.baobei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The benchmark's figures as {@code docs/benchmarks.md}: each measure beside its target and whether it is met. */
record BenchmarkReport(LocalDate date, String postgresVersion, boolean embedded, Duration startup, Baseline baseline,
                       FilingLoad.Figures filingLoad, double withCollisions, double statementsPerFiling,
                       double allStatementsPerFiling,
                       List<StatementStatistics.Statement> costliest, List<StatementStatistics.Statement> mostFrequent,
                       int variablesAtApproval, int variablesInCollision, MemoryWatch memory,
                       TimerDrainBenchmark.DrainFigures drain, List<LookupBenchmark.LookupFigures> lookups,
                       int filings, int warmUpFilings) {

    /** What the database commits, measured before the filing load and again after it, with the application idle. */
    record Baseline(double before, double after) {

        double mean() {
            return (before + after) / 2;
        }
    }

    /** Issue 14's targets for one filing. */
    static final double RATIO_TARGET = 0.04;
    static final int VARIABLES_TARGET = 8;
    static final int STATEMENTS_TARGET = 50;

    String markdown() throws IOException {
        double distinct = filingLoad.perSecond();
        double ratio = distinct / baseline.mean();
        LookupBenchmark.LookupFigures smallest = lookups.get(0);
        LookupBenchmark.LookupFigures largest = lookups.get(lookups.size() - 1);
        double growth = largest.p99Millis() / smallest.p99Millis();
        double drainShare = drain.lapsesPerSecond() / distinct;
        return """
                # Benchmarks

                Written by `io.baobei.bench.FilingBenchmark` (run it as the README says; it rewrites this file).
                Last run: %s, %d cores, %s memory, Java %s, Camunda 7.24.0, PostgreSQL %s (%s), application,
                database and clients on the same machine, JVM heap limit %d MB. What was tuned and why:
                [performance.md](performance.md).

                | measure | figure | target | met |
                | --- | --- | --- | --- |
                | start-up on a new H2 file (demo users, models deployed), cold JVM | %.1f s | ≤ 15 s | %s |
                | baseline: JDBC transactions/s, 8 threads (1 indexed SELECT, 4 INSERT, 1 UPDATE), before / after the distinct filing load | %.0f / %.0f tx/s (mean %.0f) | | |
                | filings/s, 8 HTTP clients, `POST /api/filings`, distinct customers | %.1f /s | | |
                | filings/s, 8 HTTP clients, 10 %% collisions | %.1f /s | | |
                | latency of `POST /api/filings` p50 / p99, 8 clients, distinct customers | %.1f / %.1f ms | | |
                | ratio filings/s (distinct) ÷ mean baseline | %.3f | ≥ %.2f | %s |
                | SQL statements per filing (pg_stat_statements: those run at least once per two filings during the distinct load; all statements of the database meanwhile, schedules and job polls included: %.2f) | %s | ≤ %d | %s |
                | process variables of a filing waiting at `approve-filing` / for a collision's outcome (`ACT_RU_VARIABLE`, most of any instance) | %d / %d | ≤ %d | %s |
                | peak heap in use during the filing load (garbage included) | %d MB | ≤ 512 MB | %s |
                | peak heap live after a collection during the filing load | %d MB | | |
                | peak process RSS (whole JVM: application, clients, bulk loader) | %d MB | | |
                | timer drain: %,d protection lapses due at once | %.1f lapses/s (%.0f s) | ≥ 0.3 × filing rate = %.1f /s | %s |
                | timer drain: none ran twice, none left, no failed job or incident | checked | | yes |
                %s
                | lookup p99 growth, %s ÷ %s active filings | %.2f | ≤ 1.5 | %s |

                Filing load: %d filings per run after %d warm-up filings; each is stored, collision-checked,
                protected and has its approval task open when the 201 answers. The heap limit holds the whole
                benchmark JVM (application and clients). Lookups: sequential `GET /api/customers/lookup?phone=` as
                rep2 over HTTP, nine in ten for a protected customer; the filings behind them are bulk-loaded with
                the application's own encryption and blind index. Timer drain: the filings are created in-process
                through the application's filing start, the engine clock is moved past their protection, and the
                job executor of this one node drains them.

                ## Where the database time went during the distinct filing load

                | calls | total ms | statement |
                | --- | --- | --- |
                %s

                ## The statements run most often during the distinct filing load (%d filings)

                | calls | total ms | statement |
                | --- | --- | --- |
                %s
                """.formatted(date, Runtime.getRuntime().availableProcessors(), totalMemory(), System.getProperty("java.version"),
                postgresVersion, embedded ? "embedded, fsync off" : "BENCH_JDBC_URL", MemoryWatch.maxHeapMb(),
                startup.toMillis() / 1000.0, met(startup.toSeconds() <= 15),
                baseline.before(), baseline.after(), baseline.mean(), distinct, withCollisions, filingLoad.p50Millis(), filingLoad.p99Millis(), ratio, RATIO_TARGET,
                met(ratio >= RATIO_TARGET),
                allStatementsPerFiling,
                statementsPerFiling > 0 ? "%.2f".formatted(statementsPerFiling) : "n/a (pg_stat_statements not preloaded)",
                STATEMENTS_TARGET, statementsPerFiling > 0 ? met(statementsPerFiling <= STATEMENTS_TARGET) : "",
                variablesAtApproval, variablesInCollision, VARIABLES_TARGET,
                met(Math.max(variablesAtApproval, variablesInCollision) <= VARIABLES_TARGET),
                memory.peakHeapMb(), met(memory.peakHeapMb() <= 512), memory.peakLiveHeapMb(), MemoryWatch.peakRssMb(),
                drain.lapses(), drain.lapsesPerSecond(), drain.seconds(), 0.3 * distinct, met(drainShare >= 0.3),
                lookupRows(), count(largest.activeFilings()), count(smallest.activeFilings()), growth, met(growth <= 1.5),
                filings, warmUpFilings, statementRows(costliest), filings, statementRows(mostFrequent)).strip() + "\n";
    }

    private String lookupRows() {
        return lookups.stream().map(figures -> "| lookup p50 / p99 at %s active filings | %.2f / %.2f ms | p99 ≤ 5 ms at 1 M | %s |"
                        .formatted(count(figures.activeFilings()), figures.p50Millis(), figures.p99Millis(),
                                figures.activeFilings() >= 1_000_000 ? met(figures.p99Millis() <= 5) : ""))
                .collect(Collectors.joining("\n"));
    }

    private static String statementRows(List<StatementStatistics.Statement> statements) {
        return statements.stream().map(statement -> "| %d | %.0f | `%s` |".formatted(statement.calls(), statement.totalMillis(),
                        statement.text().replace("|", "\\|").replace("`", "'")))
                .collect(Collectors.joining("\n"));
    }

    private static String count(int n) {
        return n >= 1_000_000 ? n / 1_000_000 + " M" : n / 1_000 + " k";
    }

    private static String met(boolean met) {
        return met ? "yes" : "no";
    }

    private static String totalMemory() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").findFirst().orElse("unknown");
    }
}
