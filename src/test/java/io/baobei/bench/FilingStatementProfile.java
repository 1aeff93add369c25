package io.baobei.bench;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.baobei.support.AppInstances;
import io.baobei.support.EmbeddedPostgresDatabases;

/**
 * Every statement one distinct filing runs, per filing, from {@code pg_stat_statements}: the breakdown behind
 * the benchmark's statements-per-filing figure. Run like the benchmark with
 * {@code -Dexec.mainClass=io.baobei.bench.FilingStatementProfile}.
 */
public final class FilingStatementProfile {

    private static final int FILINGS = Integer.getInteger("bench.filings", 300);

    public static void main(String[] args) throws Exception {
        String database = EmbeddedPostgresDatabases.newDatabase("profile");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database);
        dataSource.setUser(EmbeddedPostgresDatabases.USER);
        dataSource.setPassword(EmbeddedPostgresDatabases.PASSWORD);
        try (ConfigurableApplicationContext app = AppInstances.start(database, "profile",
                "--spring.datasource.username=" + EmbeddedPostgresDatabases.USER,
                "--spring.datasource.password=" + EmbeddedPostgresDatabases.PASSWORD,
                "--camunda.bpm.job-execution.enabled=true", "--logging.level.root=warn")) {
            FilingLoad load = new FilingLoad("http://localhost:" + app.getEnvironment().getProperty("local.server.port"), 2);
            StatementStatistics statements = new StatementStatistics(dataSource);
            load.distinct(50);
            statements.reset();
            load.distinct(FILINGS);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            System.out.printf("%.2f statements per filing (%.2f with everything else the database ran meanwhile)%n",
                    statements.statementsOfEach(FILINGS) / (double) FILINGS, statements.statementsExecuted() / (double) FILINGS);
            System.out.println(" calls  ms      (per filing)");
            jdbc.query("select calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) as text "
                    + "from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database()) "
                    + "order by calls desc, total_exec_time desc",
                    rs -> {
                        System.out.printf("%6.2f  %6.3f  %s%n", rs.getLong("calls") / (double) FILINGS,
                                rs.getDouble("total_exec_time") / FILINGS, rs.getString("text"));
                    });
        }
        System.exit(0);
    }
}
