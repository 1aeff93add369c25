package io.baobei.platform.engine;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Our additions to the engine's own tables (db/engine-migration), migrated once the engine has created or
 * updated its schema. They have their own Flyway history: the business migrations (db/migration) run
 * before the engine starts, when its tables do not exist yet on a fresh database.
 */
@Component
public class EngineSchemaMigrations extends AbstractProcessEnginePlugin {

    static final String HISTORY_TABLE = "flyway_engine_schema_history";

    private final DataSource dataSource;

    public EngineSchemaMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/engine-migration")
                .table(HISTORY_TABLE)
                // the schema already holds the business and engine tables: start this history at version 0
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
