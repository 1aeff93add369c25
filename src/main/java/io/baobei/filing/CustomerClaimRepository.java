package io.baobei.filing;

import java.sql.DatabaseMetaData;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.baobei.customer.CustomerKey;

/**
 * Claims on customer keys: the primary key of {@code customer_key_claim} decides who holds a customer.
 * Each insert that may collide runs under a savepoint, because on PostgreSQL a failed statement would otherwise
 * abort the whole transaction, the engine's included; on PostgreSQL the claim of all keys at once skips held
 * keys instead ({@code on conflict do nothing}), which needs no savepoint.
 */
@Repository
class CustomerClaimRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;
    private final boolean skipsConflicts;

    public CustomerClaimRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager, DataSource dataSource)
            throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.skipsConflicts = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    /** True when this filing now holds the key; false when another filing already did. */
    public boolean tryClaim(CustomerKey key, String filingId, OffsetDateTime now) {
        try {
            savepoint.executeWithoutResult(status -> jdbc
                    .sql("insert into customer_key_claim (key_hash, key_type, filing_id, claimed_at) values (:h, :t, :f, :now)")
                    .param("h", key.hash()).param("t", key.type().name()).param("f", filingId).param("now", now)
                    .update());
            return true;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    /**
     * True when this filing now holds every key, claimed in one statement; false, with nothing claimed, when any
     * key was held already.
     */
    public boolean tryClaimAll(List<CustomerKey> keys, String filingId, OffsetDateTime now) {
        List<CustomerKey> distinct = distinctByHash(keys);
        if (distinct.isEmpty()) {
            return true;
        }
        String insert = "insert into customer_key_claim (key_hash, key_type, filing_id, claimed_at) values "
                + placeholders(distinct.size(), "(:h#, :t#, :f, :now)");
        if (skipsConflicts) {
            int claimed = rows(jdbc.sql(insert + " on conflict (key_hash) do nothing"), distinct)
                    .param("f", filingId).param("now", now).update();
            if (claimed < distinct.size() && claimed > 0) {
                releaseAll(filingId);
            }
            return claimed == distinct.size();
        }
        try {
            savepoint.executeWithoutResult(status -> rows(jdbc.sql(insert), distinct).param("f", filingId).param("now", now).update());
            return true;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    public Optional<String> holderOf(String keyHash) {
        return jdbc.sql("select filing_id from customer_key_claim where key_hash = :h")
                .param("h", keyHash).query(String.class).optional();
    }

    public List<String> holdersOf(List<String> keyHashes) {
        if (keyHashes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct filing_id from customer_key_claim where key_hash in (:h)")
                .param("h", keyHashes).query(String.class).list();
    }

    public int reassign(String fromFilingId, String toFilingId) {
        return jdbc.sql("update customer_key_claim set filing_id = :to where filing_id = :from")
                .param("to", toFilingId).param("from", fromFilingId).update();
    }

    /** Keeps the keys of a filing that lapsed while its rep was still following (rule F8). */
    public void markLapsed(List<CustomerKey> keys, String filingId, OffsetDateTime now) {
        for (CustomerKey key : keys) {
            jdbc.sql("insert into customer_key_lapse (key_hash, filing_id, lapsed_at) values (:h, :f, :now)")
                    .param("h", key.hash()).param("f", filingId).param("now", now).update();
        }
    }

    /** The lapsed filings (other than the given filer's) that still mark any of these keys, latest first. */
    public List<String> lapsedFilingsOf(List<String> keyHashes, String exceptFiler) {
        if (keyHashes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select l.filing_id from customer_key_lapse l join filing f on f.id = l.filing_id
                        where l.key_hash in (:h) and f.filer <> :filer
                        group by l.filing_id order by max(l.lapsed_at) desc
                        """)
                .param("h", keyHashes).param("filer", exceptFiler).query(String.class).list();
    }

    public void clearLapsed(String filingId) {
        jdbc.sql("delete from customer_key_lapse where filing_id = :f").param("f", filingId).update();
    }

    /** All keys a filing's customer has, protected or not (for customer data requests, rule D4), replacing earlier ones. */
    public void indexCustomer(String filingId, List<CustomerKey> keys) {
        jdbc.sql("delete from filing_customer_key where filing_id = :f").param("f", filingId).update();
        indexNewCustomer(filingId, keys);
    }

    /** As {@link #indexCustomer}, for a filing that has no keys yet. */
    public void indexNewCustomer(String filingId, List<CustomerKey> keys) {
        List<CustomerKey> distinct = keys.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return;
        }
        rows(jdbc.sql("insert into filing_customer_key (filing_id, key_hash, key_type) values "
                + placeholders(distinct.size(), "(:f, :h#, :t#)")), distinct).param("f", filingId).update();
    }

    /** {@code rows} copies of {@code row}, each with {@code #} replaced by its index. */
    private static String placeholders(int rows, String row) {
        StringJoiner joined = new StringJoiner(", ");
        for (int i = 0; i < rows; i++) {
            joined.add(row.replace("#", Integer.toString(i)));
        }
        return joined.toString();
    }

    private static JdbcClient.StatementSpec rows(JdbcClient.StatementSpec statement, List<CustomerKey> keys) {
        for (int i = 0; i < keys.size(); i++) {
            statement = statement.param("h" + i, keys.get(i).hash()).param("t" + i, keys.get(i).type().name());
        }
        return statement;
    }

    private static List<CustomerKey> distinctByHash(List<CustomerKey> keys) {
        Set<String> seen = new HashSet<>();
        return keys.stream().filter(key -> seen.add(key.hash())).toList();
    }

    public List<String> filingsWithAnyKey(List<String> keyHashes) {
        if (keyHashes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct filing_id from filing_customer_key where key_hash in (:h) order by filing_id")
                .param("h", keyHashes).query(String.class).list();
    }

    public void forgetCustomer(String filingId) {
        jdbc.sql("delete from filing_customer_key where filing_id = :f").param("f", filingId).update();
        jdbc.sql("delete from customer_key_lapse where filing_id = :f").param("f", filingId).update();
    }

    public int releaseAll(String filingId) {
        return jdbc.sql("delete from customer_key_claim where filing_id = :f").param("f", filingId).update();
    }
}
