package io.baobei.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * What the database can commit here: transactions per second from {@code clients} threads, each
 * transaction one indexed SELECT, four INSERTs and one UPDATE on a scratch table.
 */
final class DatabaseBaseline {

    private static final Duration DURATION = Duration.ofSeconds(20);

    private DatabaseBaseline() {
    }

    static double transactionsPerSecond(String url, String user, String password, int clients) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(clients);
        config.setAutoCommit(false);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            execute(pool, "create table if not exists bench_scratch (id bigserial primary key, k integer not null, v varchar(100) not null)");
            execute(pool, "create index if not exists bench_scratch_k on bench_scratch (k)");
            AtomicLong commits = new AtomicLong();
            long end = System.nanoTime() + DURATION.toNanos();
            Clients.run(clients, client -> {
                while (System.nanoTime() < end) {
                    scratchTransaction(pool);
                    commits.incrementAndGet();
                }
            });
            execute(pool, "drop table bench_scratch");
            return commits.get() / (double) DURATION.toSeconds();
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

    private static void execute(HikariDataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
            c.commit();
        }
    }
}
