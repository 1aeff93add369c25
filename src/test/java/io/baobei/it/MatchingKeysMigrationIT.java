package io.baobei.it;

import org.junit.jupiter.api.Test;

import io.baobei.support.EmbeddedPostgresDatabases;
import io.baobei.support.MatchingKeysMigrationScenario;

/** V11 on PostgreSQL: keys re-indexed with one owner per key, the property id encrypted, the clear column dropped. */
class MatchingKeysMigrationIT {

    @Test
    void keysAreReindexedWithOneOwnerAndThePropertyIdEncrypted() {
        String url = EmbeddedPostgresDatabases.newDatabase("matchingkeys");
        new MatchingKeysMigrationScenario().run(EmbeddedPostgresDatabases.dataSource(url));
    }
}
