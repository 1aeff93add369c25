package io.baobei.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import io.baobei.platform.deployment.ClasspathModels;
import io.baobei.platform.deployment.ModelDeployer;
import io.baobei.support.AppInstances;
import io.baobei.support.EmbeddedPostgresDatabases;

/**
 * The application on a fresh PostgreSQL database: Flyway's migrations (V1, V2 and whatever
 * {@code db/migration} and the Java migration beans hold) apply before the engine creates
 * its tables, the business tables carry the constraints the one-owner rule relies on, and a restart on
 * the same database neither trips Flyway nor redeploys unchanged models.
 */
class FlywayMigrationIT {

    private static final Pattern MIGRATION = Pattern.compile("V([0-9._]+)__.*\\.sql");

    private static final List<String> BUSINESS_TABLES = List.of("filing_number", "filing", "filing_event",
            "customer_key_claim", "customer_profile", "follow_up", "calendar_day");

    @Test
    void freshDatabaseIsMigratedBeforeTheEngineAndASecondStartChangesNothing() throws SQLException {
        String url = EmbeddedPostgresDatabases.newDatabase("flyway");
        DataSource dataSource = EmbeddedPostgresDatabases.dataSource(url);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        try (ConfigurableApplicationContext first = AppInstances.start(url, "flywayFirstStart")) {
            Assertions.assertThat(appliedMigrations(jdbc)).startsWith("1", "2").isEqualTo(migrations(first));
            Assertions.assertThat(tables(dataSource)).contains(BUSINESS_TABLES.toArray(String[]::new))
                    .contains("act_ge_schema_log", "act_re_deployment", "act_ru_execution", "act_hi_varinst",
                            "act_ge_bytearray", "act_id_user");

            Timestamp lastMigration = jdbc.queryForObject(
                    "select max(installed_on) from flyway_schema_history", Timestamp.class);
            Timestamp engineSchemaCreated = jdbc.queryForObject(
                    "select min(timestamp_) from act_ge_schema_log", Timestamp.class);
            Assertions.assertThat(engineSchemaCreated)
                    .as("the engine creates its tables only after Flyway migrated the schema")
                    .isAfterOrEqualTo(lastMigration);

            assertConstraints(dataSource, jdbc);
            Assertions.assertThat(indexedColumns(dataSource, "act_ru_task"))
                    .as("db/engine-migration ran after the engine created its tables").contains("parent_task_id_");
            Assertions.assertThat(indexedColumns(dataSource, "act_ru_job")).contains("lock_owner_");
            Assertions.assertThat(engineMigrations(jdbc)).containsExactly("0", "1", "2");

            Assertions.assertThat(modelDeployments(jdbc)).isEqualTo(1);
            RepositoryService repository = AppInstances.engine(first).getRepositoryService();
            String deploymentId = repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                    .singleResult().getId();
            Assertions.assertThat(repository.getDeploymentResourceNames(deploymentId))
                    .hasSize(new ClasspathModels().load().size());
        }

        try (ConfigurableApplicationContext second = AppInstances.start(url, "flywaySecondStart")) {
            ProcessEngine engine = AppInstances.engine(second);
            Assertions.assertThat(appliedMigrations(jdbc)).isEqualTo(migrations(second));
            Assertions.assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class))
                    .as("no baseline, no repair, no re-run").isEqualTo(migrations(second).size());
            Assertions.assertThat(engineMigrations(jdbc)).as("engine migrations are not run again").containsExactly("0", "1", "2");
            Assertions.assertThat(modelDeployments(jdbc)).as("unchanged models are not redeployed").isEqualTo(1);
            Assertions.assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("customer-filing").count()).isEqualTo(1);
            Assertions.assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
                    .decisionDefinitionKey("protection-period").count()).isEqualTo(1);
            Assertions.assertThat(jdbc.queryForObject("select count(*) from act_ge_schema_log", Integer.class))
                    .as("the engine schema is created once, not again").isEqualTo(1);
        }
    }

    /**
     * The versions of {@code db/migration/V*__*.sql} on the classpath and of the application's Java migrations
     * (Spring beans, such as V11), in Flyway's order.
     */
    private static List<String> migrations(ConfigurableApplicationContext context) {
        try {
            List<MigrationVersion> versions = new ArrayList<>();
            context.getBeansOfType(JavaMigration.class).values().forEach(migration -> versions.add(migration.getVersion()));
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql")) {
                Matcher version = MIGRATION.matcher(resource.getFilename());
                if (version.matches()) {
                    versions.add(MigrationVersion.fromVersion(version.group(1).replace('_', '.')));
                }
            }
            return versions.stream().sorted().map(MigrationVersion::getVersion).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> appliedMigrations(JdbcTemplate jdbc) {
        return jdbc.queryForList(
                "select version from flyway_schema_history where success and version is not null order by installed_rank",
                String.class);
    }

    /** The baseline the engine migrations start from, then what ran, in order. */
    private static List<String> engineMigrations(JdbcTemplate jdbc) {
        return jdbc.queryForList("select version from flyway_engine_schema_history where success and version is not null order by installed_rank",
                String.class);
    }

    private static List<String> indexedColumns(DataSource dataSource, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getIndexInfo(null, "public", table, false, false)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private static int modelDeployments(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from act_re_deployment where name_ = ?", Integer.class,
                ModelDeployer.DEPLOYMENT_NAME);
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static void assertConstraints(DataSource dataSource, JdbcTemplate jdbc) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Assertions.assertThat(primaryKey(meta, "customer_key_claim")).containsExactly("key_hash");
            Assertions.assertThat(primaryKey(meta, "filing")).containsExactly("id");
            Assertions.assertThat(primaryKey(meta, "calendar_day")).containsExactly("day");

            Assertions.assertThat(foreignKeys(meta, "customer_key_claim")).containsExactly("filing_id -> filing.id");
            Assertions.assertThat(foreignKeys(meta, "filing_event")).containsExactly("filing_id -> filing.id");
            Assertions.assertThat(foreignKeys(meta, "follow_up")).containsExactly("filing_id -> filing.id");
            Assertions.assertThat(foreignKeys(meta, "customer_profile")).containsExactly("last_filing_id -> filing.id");

            List<String> uniqueProfileColumns = new ArrayList<>();
            try (ResultSet rs = meta.getIndexInfo(null, "public", "customer_profile", true, false)) {
                while (rs.next()) {
                    uniqueProfileColumns.add(rs.getString("COLUMN_NAME"));
                }
            }
            Assertions.assertThat(uniqueProfileColumns).contains("primary_key_hash");
        }
        Assertions.assertThat(jdbc.queryForList(
                "select constraint_name from information_schema.check_constraints where constraint_name = 'ck_calendar_day_kind'",
                String.class)).hasSize(1);
        Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from calendar_day where \"day\" between date '2026-01-01' and date '2026-12-31'",
                Integer.class)).as("V2 seeds the 2026 holidays").isGreaterThan(30);

        // The foreign key is enforced, not only declared: a claim for a filing that does not exist is refused.
        Assertions.assertThatThrownBy(() -> jdbc.update(
                        "insert into customer_key_claim (key_hash, key_type, filing_id, claimed_at) values ('x', 'PHONE', 'F-none', now())"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, "public", table)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private static List<String> foreignKeys(DatabaseMetaData meta, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(null, "public", table)) {
            while (rs.next()) {
                keys.add(rs.getString("FKCOLUMN_NAME") + " -> " + rs.getString("PKTABLE_NAME") + "." + rs.getString("PKCOLUMN_NAME"));
            }
        }
        return keys;
    }
}
