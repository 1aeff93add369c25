package io.baobei.platform.engine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On PostgreSQL, lets the driver send the engine's batched inserts as multi-row inserts
 * ({@code reWriteBatchedInserts}): at the end of a command the engine flushes its new rows table by table as one
 * JDBC batch each, so a filing's ten activity-history rows, eight variables or six authorizations become one or
 * two statements instead of one each (docs/performance.md). The driver answers such a batch with "succeeded,
 * count unknown" per row, which the engine accepts for inserts; updates and deletes, whose counts the engine
 * checks for optimistic locking, are never rewritten.
 */
@Component
public class BatchedInsertsOnPostgres implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                && dataSource.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
