package io.baobei.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.customer.CustomerDataCipher;
import io.baobei.customer.CustomerDataKeys;
import io.baobei.customer.CustomerDataProperties;
import io.baobei.customer.CustomerIdentity;
import io.baobei.customer.CustomerKey;
import io.baobei.customer.CustomerKeys;
import io.baobei.customer.KeyType;
import io.baobei.filing.MatchingKeysMigration;

/**
 * V11 on a database that holds filings made under the old matching keys (what V10's code computed: lower
 * case, no legal form, property id upper-cased), run with the real Flyway runner. Afterwards every key is the
 * new one, the property id is encrypted, one owner per key still holds, and a filing whose customer now
 * folds to an earlier holder's lost its claims with an event.
 */
public final class MatchingKeysMigrationScenario {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private final CustomerDataCipher cipher = new CustomerDataCipher(new CustomerDataKeys(new CustomerDataProperties(
            Base64.getEncoder().encodeToString("migration-migration-migration-32".getBytes()), "k1", false, null, null, null)));
    private final CustomerKeys keys = new CustomerKeys(cipher);

    public void run(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("10").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);

        // rep1 holds Acme; rep2 later filed "Аcme" with a Cyrillic А, which the old keys took for another company
        filing(jdbc, "F1", "rep1", "ENTERPRISE", "FOLLOWING", "Acme Trading Co., Ltd.", "13900000001", "91500000000000001M", null, null);
        claim(jdbc, "F1", T0, old(KeyType.PHONE, "13900000001"), old(KeyType.CREDIT_CODE, "91500000000000001M"),
                old(KeyType.COMPANY_NAME, "acmetrading"));
        filing(jdbc, "F2", "rep2", "ENTERPRISE", "PENDING_APPROVAL", "\u0410cme Trading Ltd", "13900000002", "91500000000000002K", null, null);
        claim(jdbc, "F2", T0.plusDays(1), old(KeyType.PHONE, "13900000002"), old(KeyType.CREDIT_CODE, "91500000000000002K"),
                old(KeyType.COMPANY_NAME, "\u0430cmetrading"));

        // an individual asking about a property, with a relative's phone: the property id was stored in clear
        filing(jdbc, "F3", "rep3", "INDIVIDUAL", "FOLLOWING", "欧阳娜娜", "13800000003", null, "BJ-CY-1-0301", "13700000003");
        claim(jdbc, "F3", T0.plusDays(2), old(KeyType.PHONE, "13800000003"),
                old(KeyType.PROPERTY_PHONE, "BJ-CY-1-0301|13800000003"), old(KeyType.PROPERTY_PHONE, "BJ-CY-1-0301|13700000003"));

        // a filing that lapsed while its rep was still following: its keys stay marked
        filing(jdbc, "F4", "rep1", "INDIVIDUAL", "LAPSED", "上官云", "13800000004", null, "SH-PD-2-1101", null);
        index(jdbc, "F4", old(KeyType.PHONE, "13800000004"), old(KeyType.PROPERTY_PHONE, "SH-PD-2-1101|13800000004"));
        lapse(jdbc, "F4", T0.plusDays(3), old(KeyType.PHONE, "13800000004"), old(KeyType.PROPERTY_PHONE, "SH-PD-2-1101|13800000004"));

        // a collision's outcome handed F5's keys to F6, which then claimed its own phone too
        filing(jdbc, "F5", "rep1", "ENTERPRISE", "VOIDED", "北京華夏貿易有限公司", "13900000005", "91500000000000005E", null, null);
        index(jdbc, "F5", old(KeyType.PHONE, "13900000005"), old(KeyType.CREDIT_CODE, "91500000000000005E"),
                old(KeyType.COMPANY_NAME, "北京華夏貿易"));
        filing(jdbc, "F6", "rep2", "ENTERPRISE", "FOLLOWING", "北京华夏贸易", "13900000006", "91500000000000005E", null, null);
        claim(jdbc, "F6", T0.plusDays(4), old(KeyType.PHONE, "13900000005"), old(KeyType.CREDIT_CODE, "91500000000000005E"),
                old(KeyType.COMPANY_NAME, "北京華夏貿易"), old(KeyType.PHONE, "13900000006"));
        index(jdbc, "F6", old(KeyType.PHONE, "13900000006"), old(KeyType.CREDIT_CODE, "91500000000000005E"),
                old(KeyType.COMPANY_NAME, "北京华夏贸易"));

        var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new MatchingKeysMigration(cipher, keys)).load().migrate();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select property_id_enc from filing where id = 'F3'").query(String.class).single())
                .startsWith("v1:k1:").satisfies(enc -> assertThat(cipher.decrypt(enc)).isEqualTo("BJ-CY-1-0301"));
        assertThat(jdbc.sql("select count(*) from filing where property_id_enc is not null").query(Integer.class).single()).isEqualTo(2);
        assertThat(columns(jdbc)).as("the clear column is gone").doesNotContain("property_id").contains("property_id_enc");

        assertThat(claims(jdbc, "F1")).as("the earlier holder keeps the customer, under the new keys")
                .containsExactlyInAnyOrderElementsOf(hashes(keys.of(new CustomerIdentity(true, "ACME trading", "13900000001",
                        "91500000000000001M", null, null, null))))
                .contains(keys.of(KeyType.PHONE, "13900000001").hash());
        assertThat(holderOf(jdbc, keys.of(new CustomerIdentity(true, "Аcme Trading", "13900000002", null, null, null, null))
                .stream().filter(k -> k.type() == KeyType.COMPANY_NAME).findFirst().orElseThrow())).isEqualTo("F1");
        assertThat(old(KeyType.COMPANY_NAME, "acmetrading").hash()).as("the old key is gone").isNotIn(claims(jdbc, "F1"));
        assertThat(claims(jdbc, "F2")).as("the later filing of the same company holds nothing").isEmpty();
        assertThat(jdbc.sql("select detail from filing_event where filing_id = 'F2' and event_type = 'PROTECTION_LOST_ON_REINDEX'")
                .query(String.class).list()).containsExactly("protectedBy=F1, matchedBy=COMPANY_NAME");

        assertThat(claims(jdbc, "F3")).containsExactlyInAnyOrder(keys.of(KeyType.PHONE, "13800000003").hash(),
                keys.propertyPhone("bj cy 1 0301", "13800000003").orElseThrow().hash(),
                keys.propertyPhone("ＢＪＣＹ１０３０１", "13700000003").orElseThrow().hash());
        assertThat(indexed(jdbc, "F3")).containsExactlyInAnyOrderElementsOf(claims(jdbc, "F3"));

        assertThat(jdbc.sql("select key_hash from customer_key_lapse where filing_id = 'F4'").query(String.class).set())
                .containsExactlyInAnyOrder(keys.of(KeyType.PHONE, "13800000004").hash(),
                        keys.propertyPhone("SH PD 2 1101", "13800000004").orElseThrow().hash());
        assertThat(jdbc.sql("select distinct lapsed_at from customer_key_lapse where filing_id = 'F4'")
                .query(OffsetDateTime.class).single()).isAtSameInstantAs(T0.plusDays(3));

        assertThat(claims(jdbc, "F6")).as("the keys F6 took over from F5, and its own")
                .containsExactlyInAnyOrder(keys.of(KeyType.PHONE, "13900000005").hash(), keys.of(KeyType.PHONE, "13900000006").hash(),
                        keys.of(KeyType.CREDIT_CODE, "91500000000000005E").hash(),
                        keys.of(new CustomerIdentity(true, "北京华夏贸易", "13900000006", null, null, null, null)).stream()
                                .filter(k -> k.type() == KeyType.COMPANY_NAME).findFirst().orElseThrow().hash());
        assertThat(claims(jdbc, "F5")).isEmpty();
        assertThat(jdbc.sql("select count(*) from customer_key_claim").query(Integer.class).single())
                .as("one row per key: no key lost its holder, none got a second")
                .isEqualTo(claims(jdbc, "F1").size() + claims(jdbc, "F3").size() + claims(jdbc, "F6").size());
    }

    private CustomerKey old(KeyType type, String oldNormalizedValue) {
        return keys.of(type, oldNormalizedValue);
    }

    private void filing(JdbcClient jdbc, String id, String filer, String type, String status, String name, String phone,
                        String creditCode, String propertyId, String relativePhone) {
        jdbc.sql("""
                        insert into filing (id, filer, region, customer_type, customer_stage, status, customer_name_enc,
                            contact_name_enc, contact_phone_enc, address_enc, credit_code_enc, relative_phone_enc, property_id,
                            visit_time, visit_purpose, filed_at, protected_until, late, updated_at)
                        values (:id, :filer, 'east', :type, 'INQUIRY', :status, :name, :contact, :phone, :address, :code,
                            :relative, :property, :at, '看房', :at, :until, false, :at)
                        """)
                .param("id", id).param("filer", filer).param("type", type).param("status", status)
                .param("name", cipher.encrypt(name)).param("contact", cipher.encrypt("联系人" + id))
                .param("phone", cipher.encrypt(phone)).param("address", cipher.encrypt("北京市朝阳区建国路88号"))
                .param("code", cipher.encrypt(creditCode)).param("relative", cipher.encrypt(relativePhone))
                .param("property", propertyId).param("at", T0).param("until", T0.plusDays(90)).update();
    }

    private static void claim(JdbcClient jdbc, String filingId, OffsetDateTime at, CustomerKey... claimed) {
        for (CustomerKey key : claimed) {
            jdbc.sql("insert into customer_key_claim (key_hash, key_type, filing_id, claimed_at) values (:h, :t, :f, :at)")
                    .param("h", key.hash()).param("t", key.type().name()).param("f", filingId).param("at", at).update();
        }
        index(jdbc, filingId, claimed);
    }

    private static void index(JdbcClient jdbc, String filingId, CustomerKey... indexed) {
        for (CustomerKey key : indexed) {
            jdbc.sql("""
                            insert into filing_customer_key (filing_id, key_hash, key_type)
                            select :f, :h, :t where not exists
                                (select 1 from filing_customer_key where filing_id = :f and key_hash = :h)
                            """)
                    .param("f", filingId).param("h", key.hash()).param("t", key.type().name()).update();
        }
    }

    private static void lapse(JdbcClient jdbc, String filingId, OffsetDateTime at, CustomerKey... marked) {
        for (CustomerKey key : marked) {
            jdbc.sql("insert into customer_key_lapse (key_hash, filing_id, lapsed_at) values (:h, :f, :at)")
                    .param("h", key.hash()).param("f", filingId).param("at", at).update();
        }
    }

    private static List<String> claims(JdbcClient jdbc, String filingId) {
        return jdbc.sql("select key_hash from customer_key_claim where filing_id = :f").param("f", filingId)
                .query(String.class).list();
    }

    private static List<String> indexed(JdbcClient jdbc, String filingId) {
        return jdbc.sql("select key_hash from filing_customer_key where filing_id = :f").param("f", filingId)
                .query(String.class).list();
    }

    private static String holderOf(JdbcClient jdbc, CustomerKey key) {
        return jdbc.sql("select filing_id from customer_key_claim where key_hash = :h").param("h", key.hash())
                .query(String.class).single();
    }

    private static Set<String> hashes(List<CustomerKey> customerKeys) {
        Set<String> hashes = new HashSet<>();
        customerKeys.forEach(key -> hashes.add(key.hash()));
        return hashes;
    }

    private static List<String> columns(JdbcClient jdbc) {
        return jdbc.sql("select lower(column_name) from information_schema.columns where lower(table_name) = 'filing'")
                .query(String.class).list();
    }
}
