package io.baobei.platform.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine refuses to start when the history level it is configured with differs from the one stored in
 * {@code ACT_GE_PROPERTY}. A database created at FULL (every installation before the custom level) or at
 * {@code full-without-variable-details} (the level {@link FullHistoryWithoutBookkeeping} replaced) is moved to
 * the new level once, before the engine checks; its existing history stays as it is.
 */
final class StoredHistoryLevelUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(StoredHistoryLevelUpgrade.class);

    private StoredHistoryLevelUpgrade() {
    }

    static void fromEarlierLevels(DataSource dataSource, HistoryLevel target) {
        try (Connection connection = dataSource.getConnection()) {
            if (!propertyTableExists(connection)) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ in (?, ?)")) {
                update.setString(1, Integer.toString(target.getId()));
                update.setString(2, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
                update.setString(3, Integer.toString(FullHistoryWithoutBookkeeping.WITHOUT_VARIABLE_DETAILS_ID));
                if (update.executeUpdate() > 0) {
                    LOG.info("Stored history level moved to {}", target.getName());
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot move the stored history level to " + target.getName(), e);
        }
    }

    private static boolean propertyTableExists(Connection connection) throws SQLException {
        for (String name : new String[] {"ACT_GE_PROPERTY", "act_ge_property"}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
