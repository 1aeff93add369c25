package io.baobei.customer;

import java.util.List;

/**
 * Every column that holds customer data encrypted by {@link CustomerDataCipher}, in one place, so that key
 * rotation re-encrypts all of them. A new encrypted column is added here.
 */
public final class EncryptedColumns {

    /** {@code maxBatch}: a column of large values (document copies) is rotated a few rows at a time. */
    public record Column(String table, String column, int maxBatch) {

        Column(String table, String column) {
            this(table, column, Integer.MAX_VALUE);
        }
    }

    public static final List<Column> ALL = List.of(
            new Column("filing", "customer_name_enc"),
            new Column("filing", "contact_name_enc"),
            new Column("filing", "contact_phone_enc"),
            new Column("filing", "address_enc"),
            new Column("filing", "credit_code_enc"),
            new Column("filing", "legal_rep_enc"),
            new Column("filing", "id_number_enc"),
            new Column("filing", "relative_phone_enc"),
            new Column("filing", "property_id_enc"),
            new Column("customer_profile", "customer_name_enc"),
            new Column("customer_profile", "contact_name_enc"),
            new Column("customer_profile", "contact_phone_enc"),
            new Column("customer_profile", "address_enc"),
            new Column("customer_profile", "credit_code_enc"),
            new Column("customer_profile", "id_number_enc"),
            new Column("follow_up", "note_enc"),
            new Column("collision", "report_statement_enc"),
            new Column("collision_proposal", "statement_enc"),
            new Column("customer_data_request", "document_number_enc"),
            new Column("customer_data_request", "changes_enc"),
            new Column("customer_data_request", "note_enc"),
            new Column("customer_data_change", "previous_enc"),
            new Column("return_visit", "note_enc"),
            new Column("attachment", "data_enc", 5));

    private EncryptedColumns() {
    }
}
