package io.baobei.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL's client programs ({@code pg_dump}, {@code pg_restore}) for a backup and restore against the
 * embedded server. zonky's embedded binaries ship only {@code initdb}, {@code pg_ctl} and {@code postgres}, so
 * the programs come from {@code PG_BIN} (a directory) or the {@code PATH} (Debian: {@code apt-get install
 * postgresql-client}); a newer client dumps and restores the embedded PostgreSQL 14.
 */
public final class PostgresClientTools {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Path pgDump;
    private final Path pgRestore;

    private PostgresClientTools(Path pgDump, Path pgRestore) {
        this.pgDump = pgDump;
        this.pgRestore = pgRestore;
    }

    /** Fails on CI ({@code CI=true}) when the programs are missing; elsewhere the test is skipped, saying what to install. */
    public static PostgresClientTools require() {
        Optional<Path> dump = find("pg_dump");
        Optional<Path> restore = find("pg_restore");
        if (dump.isPresent() && restore.isPresent()) {
            return new PostgresClientTools(dump.get(), restore.get());
        }
        String message = "The restore drill needs pg_dump and pg_restore (PG_BIN or PATH; Debian: apt-get install postgresql-client)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: missing programs fail the build)");
        }
        Assumptions.abort(message + " — skipped because CI is not true");
        throw new IllegalStateException("unreachable");
    }

    /** {@code pg_dump --format=custom} of the database into {@code file}. */
    public void dump(String database, Path file) {
        run(List.of(pgDump.toString(), "--format=custom", "--no-owner", "--file=" + file, connection(database)));
    }

    /** {@code pg_restore --no-owner --exit-on-error} of {@code file} into an existing, empty database. */
    public void restore(Path file, String database) {
        run(List.of(pgRestore.toString(), "--no-owner", "--exit-on-error", "--dbname=" + connection(database), file.toString()));
    }

    private static String connection(String database) {
        return "postgresql://%s@localhost:%d/%s".formatted(EmbeddedPostgresDatabases.USER,
                EmbeddedPostgresDatabases.server().getPort(), database);
    }

    private static void run(List<String> command) {
        try {
            Path output = Files.createTempFile("pg-client-", ".log");
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.get(0) + " did not finish in " + TIMEOUT);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(command.get(0) + " failed (" + process.exitValue() + "): "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            Files.deleteIfExists(output);
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + command.get(0), e);
        }
    }

    private static Optional<Path> find(String program) {
        Stream<String> directories = Stream.concat(Stream.ofNullable(System.getenv("PG_BIN")),
                Stream.ofNullable(System.getenv("PATH")).flatMap(path -> Stream.of(path.split(File.pathSeparator))));
        return directories.map(directory -> Path.of(directory, program)).filter(Files::isExecutable).findFirst();
    }
}
