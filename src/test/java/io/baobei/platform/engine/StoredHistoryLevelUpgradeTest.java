package io.baobei.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class StoredHistoryLevelUpgradeTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    StoredHistoryLevelUpgradeTest() {
        dataSource.setURL("jdbc:h2:mem:history-level-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void aDatabaseCreatedAtFullMovesToTheNewLevel() {
        propertyTableWithHistoryLevel("3");

        StoredHistoryLevelUpgrade.fromEarlierLevels(dataSource, new FullHistoryWithoutBookkeeping());

        assertThat(storedLevel()).isEqualTo(Integer.toString(FullHistoryWithoutBookkeeping.ID));
    }

    @Test
    void aDatabaseAtTheLevelWithoutVariableDetailsMovesToTheNewLevel() {
        propertyTableWithHistoryLevel("30");

        StoredHistoryLevelUpgrade.fromEarlierLevels(dataSource, new FullHistoryWithoutBookkeeping());

        assertThat(storedLevel()).isEqualTo(Integer.toString(FullHistoryWithoutBookkeeping.ID));
    }

    @Test
    void anotherStoredLevelIsLeftForTheEngineToRefuse() {
        propertyTableWithHistoryLevel("2");

        StoredHistoryLevelUpgrade.fromEarlierLevels(dataSource, new FullHistoryWithoutBookkeeping());

        assertThat(storedLevel()).isEqualTo("2");
    }

    @Test
    void aNewDatabaseIsLeftToTheEngine() {
        StoredHistoryLevelUpgrade.fromEarlierLevels(dataSource, new FullHistoryWithoutBookkeeping());

        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'ACT_GE_PROPERTY'",
                Integer.class)).isZero();
    }

    private void propertyTableWithHistoryLevel(String level) {
        jdbc.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
        jdbc.update("insert into ACT_GE_PROPERTY values ('historyLevel', ?, 1)", level);
    }

    private String storedLevel() {
        return jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class);
    }
}
