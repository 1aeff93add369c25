package io.baobei.filing;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import io.baobei.support.MatchingKeysMigrationScenario;

/** V11 on H2 (default mode); {@code io.baobei.it.MatchingKeysMigrationIT} runs it on PostgreSQL. */
class MatchingKeysMigrationTest {

    @Test
    void keysAreReindexedWithOneOwnerAndThePropertyIdEncrypted() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:matching-keys-migration;DB_CLOSE_DELAY=-1");
        new MatchingKeysMigrationScenario().run(dataSource);
    }
}
