package io.baobei.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every stored value that is not under the active key, a batch per short transaction, while
 * the application keeps running: old values stay readable throughout (their keys are still configured as
 * previous keys) and each value is replaced only if nobody changed it meanwhile. The blind index does not
 * change (it follows {@code customer-data.index-key-id}), so matching is unaffected.
 */
@Service
public class KeyRotation {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRotation.class);

    private final JdbcClient jdbc;
    private final CustomerDataCipher cipher;
    private final CustomerDataKeys keys;
    private final TransactionTemplate batch;

    public KeyRotation(JdbcClient jdbc, CustomerDataCipher cipher, CustomerDataKeys keys, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.keys = keys;
        this.batch = new TransactionTemplate(transactions);
        this.batch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @return re-encrypted values per {@code table.column}, for every column that had any */
    public Map<String, Integer> rotate(int batchSize) {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be between 1 and 10000");
        }
        Map<String, Integer> report = new LinkedHashMap<>();
        for (EncryptedColumns.Column column : EncryptedColumns.ALL) {
            int total = 0;
            int done;
            do {
                done = batch.execute(status -> rotateBatch(column, Math.min(batchSize, column.maxBatch())));
                total += done;
            } while (done > 0);
            if (total > 0) {
                report.put(column.table() + "." + column.column(), total);
            }
        }
        LOG.info("Customer data re-encrypted under key {}: {}", keys.activeKeyId(), report);
        return report;
    }

    /** How many values are still under another key than the active one. */
    public long remaining() {
        return EncryptedColumns.ALL.stream().mapToLong(column -> jdbc.sql("select count(*) from " + column.table()
                        + " where " + column.column() + " is not null and " + column.column() + " not like :active")
                .param("active", activePrefix()).query(Long.class).single()).sum();
    }

    private int rotateBatch(EncryptedColumns.Column column, int batchSize) {
        List<String> stale = jdbc.sql("select " + column.column() + " from " + column.table() + " where " + column.column()
                        + " is not null and " + column.column() + " not like :active fetch first " + batchSize + " rows only")
                .param("active", activePrefix()).query(String.class).list();
        int rotated = 0;
        for (String old : stale) {
            rotated += jdbc.sql("update " + column.table() + " set " + column.column() + " = :fresh where " + column.column() + " = :old")
                    .param("fresh", cipher.reencrypt(old)).param("old", old).update();
        }
        return rotated;
    }

    private String activePrefix() {
        return "v1:" + keys.activeKeyId() + ":%";
    }
}
