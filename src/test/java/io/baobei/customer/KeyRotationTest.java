package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.filing.MatchingKeysMigration;

/**
 * Key rotation on a real database (Flyway, H2): values written under k1 are re-encrypted under k2 in
 * batches, stay readable throughout, and the blind index (matching) does not change.
 */
@JdbcTest
@ActiveProfiles("test")
// V11 is a Spring bean: the schema needs it
@Import({CustomerDataConfiguration.class, CustomerDataKeys.class, CustomerDataCipher.class, CustomerKeys.class,
        MatchingKeysMigration.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED) // rotation commits its own batches: the rows must be committed too
class KeyRotationTest {

    private static final String K1 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String K2 = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void everyValueEndsUnderTheNewKeyReadableAndStillMatching() {
        CustomerDataCipher before = new CustomerDataCipher(new CustomerDataKeys(new CustomerDataProperties(K1, "k1", false, null, null, null)));
        CustomerDataKeys rotatedKeys = new CustomerDataKeys(new CustomerDataProperties(K2, "k2", false, null, Map.of("k1", K1), "k1"));
        CustomerDataCipher after = new CustomerDataCipher(rotatedKeys);
        for (int i = 0; i < 7; i++) {
            jdbc.sql("insert into customer_data_request (id, kind, status, document_type, document_number_enc, note_enc, affected_filings, recorded_by, recorded_at) "
                            + "values (:id, 'DELETE', 'RECORDED', 'ID_CARD', :doc, :note, '', 'hr1', current_timestamp)")
                    .param("id", "RT-" + i).param("doc", before.encrypt("1101051949123100" + i)).param("note", before.encrypt("申请" + i))
                    .update();
        }
        KeyRotation rotation = new KeyRotation(jdbc, after, rotatedKeys, new DataSourceTransactionManager(dataSource));
        assertThat(rotation.remaining()).isEqualTo(14);

        Map<String, Integer> report = rotation.rotate(3);

        assertThat(report).containsEntry("customer_data_request.document_number_enc", 7).containsEntry("customer_data_request.note_enc", 7);
        assertThat(rotation.remaining()).isZero();
        List<String> notes = jdbc.sql("select note_enc from customer_data_request where id like 'RT-%' order by id").query(String.class).list();
        assertThat(notes).allMatch(value -> value.startsWith("v1:k2:"));
        assertThat(after.decrypt(notes.get(3))).isEqualTo("申请3");
        assertThat(after.blindIndex(KeyType.PHONE, "13800000000")).isEqualTo(before.blindIndex(KeyType.PHONE, "13800000000"));
        assertThat(rotation.rotate(3)).as("nothing left to do").isEmpty();
    }
}
