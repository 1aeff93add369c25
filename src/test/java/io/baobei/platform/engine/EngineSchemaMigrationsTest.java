package io.baobei.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.baobei.support.AppTest;

/** On H2 (PostgreSQL: FlywayMigrationIT): the engine's task table gets the index on its parent task, its job table one on the lock owner. */
@AppTest
class EngineSchemaMigrationsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theEnginesTablesGetTheirIndexesAfterTheEngineCreatedThem() throws SQLException {
        assertThat(indexes("ACT_RU_TASK")).contains("ACT_IDX_TASK_PARENT_TASK:PARENT_TASK_ID_");
        assertThat(indexes("ACT_RU_JOB")).contains("ACT_IDX_JOB_LOCK_OWNER:LOCK_OWNER_");
        assertThat(new JdbcTemplate(dataSource).queryForList(
                "select \"version\" from \"" + EngineSchemaMigrations.HISTORY_TABLE + "\" where \"success\" and \"version\" is not null order by \"installed_rank\"",
                String.class)).containsExactly("0", "1", "2");
    }

    private List<String> indexes(String table) throws SQLException {
        List<String> indexed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (rs.next()) {
                indexed.add(rs.getString("INDEX_NAME") + ":" + rs.getString("COLUMN_NAME"));
            }
        }
        return indexed;
    }
}
