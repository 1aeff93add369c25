package io.baobei.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppInstances;
import io.baobei.support.EmbeddedPostgresDatabases;
import io.baobei.support.Filings;

/**
 * Issue 7's benchmark, the parts measured so far: what PostgreSQL on this machine can commit (baseline),
 * filings per second end to end over HTTP with 8 clients (distinct customers, then 10 % collisions), their
 * ratio, and peak heap and process RSS during the filing load. Prints a table and writes
 * {@code docs/benchmarks.md}. Uses {@code BENCH_JDBC_URL} (with {@code BENCH_JDBC_USER} and
 * {@code BENCH_JDBC_PASSWORD}) when given, else an embedded PostgreSQL.
 *
 * <p>Run: {@code mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.mainClass=io.baobei.bench.FilingBenchmark -Dexec.classpathScope=test}
 */
public final class FilingBenchmark {

    private static final int CLIENTS = 8;
    private static final Duration BASELINE_DURATION = Duration.ofSeconds(20);
    private static final int WARM_UP_FILINGS = 400;
    private static final int FILINGS = 4000;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger customers = new AtomicInteger(5_000_000);

    public static void main(String[] args) throws Exception {
        new FilingBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        String url = System.getenv().getOrDefault("BENCH_JDBC_URL", "");
        boolean embedded = url.isBlank();
        String database = embedded ? EmbeddedPostgresDatabases.newDatabase("bench") : url;

        double baseline = baselineTransactionsPerSecond(database);
        System.out.printf("baseline: %.0f tx/s%n", baseline);

        try (ConfigurableApplicationContext app = AppInstances.start(database, "bench",
                "--camunda.bpm.job-execution.enabled=true", "--logging.level.root=warn")) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            fileDistinct(base, WARM_UP_FILINGS);
            MemoryWatch memory = MemoryWatch.start();
            double distinct = fileDistinct(base, FILINGS);
            double withCollisions = fileWithCollisions(base, FILINGS);
            memory.stop();
            String report = report(baseline, distinct, withCollisions, memory, embedded, database);
            System.out.println(report);
            Files.writeString(Path.of("docs", "benchmarks.md"), report, StandardCharsets.UTF_8);
        }
    }

    /** 8 threads, each transaction one indexed SELECT, four INSERTs and one UPDATE on a scratch table. */
    private static double baselineTransactionsPerSecond(String url) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getenv().getOrDefault("BENCH_JDBC_USER", EmbeddedPostgresDatabases.USER));
        config.setPassword(System.getenv().getOrDefault("BENCH_JDBC_PASSWORD", EmbeddedPostgresDatabases.PASSWORD));
        config.setMaximumPoolSize(CLIENTS);
        config.setAutoCommit(false);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("create table if not exists bench_scratch (id bigserial primary key, k integer not null, v varchar(100) not null)");
                s.execute("create index if not exists bench_scratch_k on bench_scratch (k)");
                c.commit();
            }
            AtomicLong commits = new AtomicLong();
            long end = System.nanoTime() + BASELINE_DURATION.toNanos();
            List<Callable<Void>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(() -> {
                    while (System.nanoTime() < end) {
                        scratchTransaction(pool);
                        commits.incrementAndGet();
                    }
                    return null;
                });
            }
            runAll(clients);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop table bench_scratch");
                c.commit();
            }
            return commits.get() / (double) BASELINE_DURATION.toSeconds();
        }
    }

    private static void scratchTransaction(HikariDataSource pool) throws SQLException {
        int key = ThreadLocalRandom.current().nextInt(100_000);
        try (Connection c = pool.getConnection()) {
            try (PreparedStatement select = c.prepareStatement("select count(*) from bench_scratch where k = ?")) {
                select.setInt(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into bench_scratch (k, v) values (?, ?)")) {
                for (int i = 0; i < 4; i++) {
                    insert.setInt(1, key + i);
                    insert.setString(2, "row " + key);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement update = c.prepareStatement("update bench_scratch set v = ? where k = ?")) {
                update.setString(1, "updated");
                update.setInt(2, key);
                update.executeUpdate();
            }
            c.commit();
        }
    }

    private double fileDistinct(String base, int count) throws Exception {
        return fileConcurrently(base, count, i -> Filings.enterprise(customers.incrementAndGet()), false);
    }

    /** Every tenth filing is of a customer another rep already protects (a collision). */
    private double fileWithCollisions(String base, int count) throws Exception {
        int firstOfRun = customers.get() + 1;
        return fileConcurrently(base, count, i -> i % 10 == 9 && customers.get() > firstOfRun
                ? Filings.enterprise(firstOfRun + ThreadLocalRandom.current().nextInt(customers.get() - firstOfRun))
                : Filings.enterprise(customers.incrementAndGet()), true);
    }

    interface FilingSource {
        Map<String, Object> filing(int i);
    }

    /**
     * Filings per second. New customers are filed by rep1; with {@code collisions}, every tenth filing is by rep2,
     * so it meets rep1's protection (201 IN_COLLISION), or rep2's own earlier one when the same customer comes
     * up twice (409).
     */
    private double fileConcurrently(String base, int count, FilingSource source, boolean collisions) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Callable<Void>> clients = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            clients.add(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    Map<String, Object> filing = source.filing(i);
                    String rep = collisions && i % 10 == 9 ? "rep2" : "rep1";
                    HttpResponse<String> response = post(base, rep, filing);
                    if (response.statusCode() != 201 && response.statusCode() != 409) {
                        throw new IllegalStateException("POST /api/filings → " + response.statusCode() + ": " + response.body());
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        runAll(clients);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private HttpResponse<String> post(String base, String rep, Map<String, Object> filing) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString((rep + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/filings"))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(filing))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void runAll(List<Callable<Void>> clients) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients.size());
        try {
            for (Future<Void> done : threads.invokeAll(clients)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private String report(double baseline, double distinct, double withCollisions, MemoryWatch memory, boolean embedded,
                          String database) throws Exception {
        String postgres;
        try (Connection c = EmbeddedPostgresDatabases.dataSource(database).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            postgres = rs.getString(1);
        }
        return """
                # Benchmarks

                Run `mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.mainClass=io.baobei.bench.FilingBenchmark -Dexec.classpathScope=test`
                (`io.baobei.bench.FilingBenchmark`); it rewrites this file. Last run: %s, %d cores, %s memory,
                Java %s, Camunda 7.24.0, PostgreSQL %s (%s), application and database on the same machine.

                | measure | figure | target |
                | --- | --- | --- |
                | baseline: JDBC transactions/s, 8 threads (1 indexed SELECT, 4 INSERT, 1 UPDATE) | %.0f tx/s | |
                | filings/s, 8 HTTP clients, `POST /api/filings`, distinct customers | %.1f /s | |
                | filings/s, 8 HTTP clients, 10 %% collisions | %.1f /s | |
                | ratio filings/s ÷ baseline (distinct) | %.3f | ≥ 0.2 (0.5 wanted) |
                | peak heap used during the filing load | %d MB | ≤ 512 MB |
                | peak process RSS (whole JVM: app, client threads) | %d MB | |
                | lookup p50/p99 at 10 k, 100 k, 1 M active filings | not measured yet | p99 ≤ 5 ms, 1 M / 10 k ≤ 1.5 |
                | timer drain, 100 k lapses due at once | not measured yet (see `it.TwoNodeJobsIT` for correctness) | ≥ 0.3 × filing rate |

                Each filing is stored, collision-checked, protected and has its approval task open when the 201
                answers. %d filings per run after %d warm-up filings; the JVM running the benchmark also runs the
                application (`AppInstances`, profiles `test` and `demo`, job executor on), so the RSS includes both.
                No tuning has been done yet: history level FULL, default pools, basic auth hashing the password on
                every request. The heap figure is the largest used heap sampled without `-Xmx`, so it shows how
                lazily the collector runs rather than what the load needs.
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), totalMemory(),
                System.getProperty("java.version"), postgres, embedded ? "embedded, fsync off" : "BENCH_JDBC_URL",
                baseline, distinct, withCollisions, distinct / baseline, memory.peakHeapMb(), memory.peakRssMb(),
                FILINGS, WARM_UP_FILINGS);
    }

    private static String totalMemory() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").findFirst().orElse("unknown");
    }

    /** Samples heap use every 50 ms while the load runs; the peak RSS is the kernel's high-water mark. */
    private static final class MemoryWatch {

        private final AtomicLong peakHeap = new AtomicLong();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

        static MemoryWatch start() {
            MemoryWatch watch = new MemoryWatch();
            watch.sampler.scheduleAtFixedRate(() -> watch.peakHeap.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 50, TimeUnit.MILLISECONDS);
            return watch;
        }

        void stop() throws InterruptedException {
            sampler.shutdown();
            sampler.awaitTermination(1, TimeUnit.SECONDS);
        }

        long peakHeapMb() {
            return peakHeap.get() / 1024 / 1024;
        }

        long peakRssMb() throws IOException {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
        }
    }
}
