package io.baobei.filing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import io.baobei.customer.CustomerDataCipher;
import io.baobei.customer.CustomerIdentity;
import io.baobei.customer.CustomerKey;
import io.baobei.customer.CustomerKeys;
import io.baobei.customer.KeyType;

/**
 * V11: {@code filing.property_id} encrypted into {@code property_id_enc}, and every stored matching key
 * recomputed with {@link io.baobei.customer.MatchingText}'s folding from the decrypted customer data
 * ({@link CustomerKeys}, the code every filing uses). A Spring bean, so that Flyway runs it with the
 * configured customer-data keys, on Flyway's own connection and transaction.
 *
 * <p>One owner stays guaranteed: holders are re-claimed in the order they first claimed. When two customers
 * that used to differ now fold to the same key, the earlier holder keeps the customer; the later filing
 * holds none of its keys any more (as when a filing loses any key at filing time) and gets a
 * {@link FilingEventType#PROTECTION_LOST_ON_REINDEX} event naming the holder, and the migration logs it.
 */
@Component
public class MatchingKeysMigration implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingKeysMigration.class);

    private final CustomerDataCipher cipher;
    private final CustomerKeys customerKeys;

    public MatchingKeysMigration(CustomerDataCipher cipher, CustomerKeys customerKeys) {
        this.cipher = cipher;
        this.customerKeys = customerKeys;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "property id encrypted, matching keys re-indexed";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        encryptPropertyIds(jdbc);
        Map<String, CustomerIdentity> identities = identities(jdbc);
        Map<String, Set<String>> previousKeys = reindexCustomerKeys(jdbc, identities);
        reindexLapses(jdbc, identities);
        reclaim(jdbc, identities, previousKeys);
    }

    private void encryptPropertyIds(JdbcClient jdbc) {
        jdbc.sql("alter table filing add column property_id_enc varchar(1024)").update();
        jdbc.sql("select id, property_id from filing where property_id is not null")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(clear -> jdbc.sql("update filing set property_id_enc = :enc where id = :id")
                        .param("enc", cipher.encrypt(clear.getValue())).param("id", clear.getKey()).update());
        jdbc.sql("alter table filing drop column property_id").update();
    }

    /** The customer of every filing that still has keys anywhere; erased filings have none. */
    private Map<String, CustomerIdentity> identities(JdbcClient jdbc) {
        Map<String, CustomerIdentity> identities = new HashMap<>();
        jdbc.sql("""
                        select id, customer_type, customer_name_enc, contact_phone_enc, credit_code_enc, id_number_enc,
                            property_id_enc, relative_phone_enc from filing
                        where id in (select filing_id from filing_customer_key)
                           or id in (select filing_id from customer_key_claim)
                           or id in (select filing_id from customer_key_lapse)
                        """)
                .query((rs, row) -> Map.entry(rs.getString("id"), new CustomerIdentity(
                        CustomerType.valueOf(rs.getString("customer_type")).isOrganisation(),
                        cipher.decrypt(rs.getString("customer_name_enc")),
                        cipher.decrypt(rs.getString("contact_phone_enc")),
                        cipher.decrypt(rs.getString("credit_code_enc")),
                        cipher.decrypt(rs.getString("id_number_enc")),
                        cipher.decrypt(rs.getString("property_id_enc")),
                        cipher.decrypt(rs.getString("relative_phone_enc")))))
                .list().forEach(entry -> identities.put(entry.getKey(), entry.getValue()));
        return identities;
    }

    /** @return the keys each filing's customer had before, by filing */
    private Map<String, Set<String>> reindexCustomerKeys(JdbcClient jdbc, Map<String, CustomerIdentity> identities) {
        Map<String, Set<String>> oldKeys = new HashMap<>();
        jdbc.sql("select filing_id, key_hash from filing_customer_key")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(row -> oldKeys.computeIfAbsent(row.getKey(), f -> new LinkedHashSet<>()).add(row.getValue()));
        jdbc.sql("delete from filing_customer_key").update();
        for (String filingId : oldKeys.keySet()) {
            for (CustomerKey key : distinctKeys(identities.get(filingId))) {
                jdbc.sql("insert into filing_customer_key (filing_id, key_hash, key_type) values (:f, :h, :t)")
                        .param("f", filingId).param("h", key.hash()).param("t", key.type().name()).update();
            }
        }
        return oldKeys;
    }

    private void reindexLapses(JdbcClient jdbc, Map<String, CustomerIdentity> identities) {
        Map<String, OffsetDateTime> lapsedAt = new LinkedHashMap<>();
        jdbc.sql("select filing_id, max(lapsed_at) from customer_key_lapse group by filing_id")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class))).list()
                .forEach(row -> lapsedAt.put(row.getKey(), row.getValue()));
        jdbc.sql("delete from customer_key_lapse").update();
        lapsedAt.forEach((filingId, at) -> {
            for (CustomerKey key : distinctKeys(identities.get(filingId))) {
                jdbc.sql("insert into customer_key_lapse (key_hash, filing_id, lapsed_at) values (:h, :f, :at)")
                        .param("h", key.hash()).param("f", filingId).param("at", at).update();
            }
        });
    }

    /**
     * Each holder claims anew, in the order it first claimed, the new form of every key it held: the keys of
     * its own customer and of any filing whose keys it took over (a collision's outcome), of the same type.
     */
    private void reclaim(JdbcClient jdbc, Map<String, CustomerIdentity> identities, Map<String, Set<String>> previousKeys) {
        List<OldClaim> oldClaims = jdbc.sql("select key_hash, key_type, filing_id, claimed_at from customer_key_claim")
                .query((rs, row) -> new OldClaim(rs.getString(1), KeyType.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class))).list();
        Map<String, List<OldClaim>> byHolder = new LinkedHashMap<>();
        oldClaims.stream()
                .sorted(Comparator.comparing(OldClaim::claimedAt).thenComparing(OldClaim::filingId))
                .forEach(claim -> byHolder.computeIfAbsent(claim.filingId(), f -> new ArrayList<>()).add(claim));
        jdbc.sql("delete from customer_key_claim").update();

        Map<String, String> holderOf = new HashMap<>();
        byHolder.forEach((holder, claims) -> {
            Map<CustomerKey, OffsetDateTime> fresh = new LinkedHashMap<>();
            for (OldClaim claim : claims) {
                for (String filingId : filingsThatHad(claim, holder, previousKeys)) {
                    distinctKeys(identities.get(filingId)).stream()
                            .filter(key -> key.type() == claim.type())
                            .forEach(key -> fresh.putIfAbsent(key, claim.claimedAt()));
                }
            }
            fresh.keySet().stream().filter(key -> holderOf.containsKey(key.hash())).findFirst().ifPresentOrElse(
                    taken -> loseProtection(jdbc, holder, holderOf.get(taken.hash()), taken.type()),
                    () -> fresh.forEach((key, claimedAt) -> {
                        holderOf.put(key.hash(), holder);
                        jdbc.sql("insert into customer_key_claim (key_hash, key_type, filing_id, claimed_at) values (:h, :t, :f, :at)")
                                .param("h", key.hash()).param("t", key.type().name()).param("f", holder)
                                .param("at", claimedAt).update();
                    }));
        });
    }

    private static List<String> filingsThatHad(OldClaim claim, String holder, Map<String, Set<String>> previousKeys) {
        List<String> filings = new ArrayList<>(List.of(holder));
        previousKeys.forEach((filingId, hashes) -> {
            if (!filingId.equals(holder) && hashes.contains(claim.keyHash())) {
                filings.add(filingId);
            }
        });
        return filings;
    }

    private static void loseProtection(JdbcClient jdbc, String filingId, String holder, KeyType matchedBy) {
        LOG.warn("Re-indexing matching keys: filing {} protects the same customer as the earlier filing {} (matched by {});"
                + " {} no longer protects it", filingId, holder, matchedBy, filingId);
        jdbc.sql("insert into filing_event (filing_id, event_type, actor, occurred_at, detail) values (:f, :t, null, :at, :d)")
                .param("f", filingId).param("t", FilingEventType.PROTECTION_LOST_ON_REINDEX.name()).param("at", OffsetDateTime.now())
                .param("d", "protectedBy=" + holder + ", matchedBy=" + matchedBy).update();
    }

    private List<CustomerKey> distinctKeys(CustomerIdentity identity) {
        return identity == null ? List.of() : customerKeys.of(identity).stream().distinct().toList();
    }

    private record OldClaim(String keyHash, KeyType type, String filingId, OffsetDateTime claimedAt) {
    }
}
