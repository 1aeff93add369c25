package io.baobei.bench;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's own account of a load, from {@code pg_stat_statements}: statements executed and the
 * statements that took the most time. Empty when the server was started without the extension preloaded
 * (the embedded server of the tests preloads it).
 */
final class StatementStatistics {

    record Statement(long calls, double totalMillis, String text) {
    }

    private final JdbcTemplate jdbc;
    private final boolean available;

    StatementStatistics(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.available = install();
    }

    private boolean install() {
        try {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.queryForObject("select count(*) from pg_stat_statements", Long.class);
            return true;
        } catch (DataAccessException notPreloaded) {
            return false;
        }
    }

    boolean available() {
        return available;
    }

    void reset() {
        if (available) {
            jdbc.execute("select pg_stat_statements_reset()");
        }
    }

    long statementsExecuted() {
        return available ? jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements " + THIS_DATABASE, Long.class) : 0;
    }

    /**
     * The statements of a load of {@code operations} alike operations: those run at least once per two operations.
     * What the application's schedules, the job executor's polls and a new connection's set-up ran meanwhile
     * (a few calls each, whatever the load) is left out.
     */
    long statementsOfEach(int operations) {
        return available ? jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements " + THIS_DATABASE
                + " and calls >= ?", Long.class, (operations + 1) / 2) : 0;
    }

    List<Statement> mostTimeConsuming(int limit) {
        return top("total_exec_time desc", limit);
    }

    /** The statements run most often, with their calls. */
    List<Statement> mostFrequent(int limit) {
        return top("calls desc, total_exec_time desc", limit);
    }

    private List<Statement> top(String order, int limit) {
        if (!available) {
            return List.of();
        }
        return jdbc.query("select calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 70) as text from pg_stat_statements "
                        + THIS_DATABASE + " order by " + order + " limit ?",
                (rs, row) -> new Statement(rs.getLong("calls"), rs.getDouble("total_exec_time"), rs.getString("text")), limit);
    }

    private static final String THIS_DATABASE = "where dbid = (select oid from pg_database where datname = current_database())";
}
