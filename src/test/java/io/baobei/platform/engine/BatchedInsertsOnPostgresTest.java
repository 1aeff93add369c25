package io.baobei.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

class BatchedInsertsOnPostgresTest {

    private final BatchedInsertsOnPostgres tuning = new BatchedInsertsOnPostgres();

    @Test
    void postgresConnectionsRewriteBatchedInserts() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://localhost:5432/customer_filing");

        tuning.postProcessBeforeInitialization(dataSource, "dataSource");

        assertThat(dataSource.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
    }

    @Test
    void otherDatabasesAreLeftAsTheyAre() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:filings");

        tuning.postProcessBeforeInitialization(dataSource, "dataSource");

        assertThat(dataSource.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
    }
}
