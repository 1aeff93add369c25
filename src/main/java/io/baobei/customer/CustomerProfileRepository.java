package io.baobei.customer;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CustomerProfileRepository {

    private final JdbcClient jdbc;

    public CustomerProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> findId(String primaryKeyHash) {
        return jdbc.sql("select id from customer_profile where primary_key_hash = :h")
                .param("h", primaryKeyHash).query(Long.class).optional();
    }

    public void insert(CustomerProfileUpdate u, OffsetDateTime now) {
        jdbc.sql("""
                insert into customer_profile (primary_key_hash, customer_type, customer_name_enc, contact_name_enc,
                    contact_phone_enc, address_enc, credit_code_enc, id_number_enc, region, owner, last_filing_id,
                    signed_contracts, created_at, updated_at)
                values (:h, :type, :name, :contact, :phone, :address, :credit, :idNumber, :region, :owner, :filing,
                    :signed, :now, :now)
                """)
                .param("h", u.primaryKeyHash()).param("type", u.customerType()).param("name", u.customerNameEnc())
                .param("contact", u.contactNameEnc()).param("phone", u.contactPhoneEnc()).param("address", u.addressEnc())
                .param("credit", u.creditCodeEnc()).param("idNumber", u.idNumberEnc()).param("region", u.region())
                .param("owner", u.owner()).param("filing", u.filingId()).param("signed", u.signed() ? 1 : 0)
                .param("now", now).update();
    }

    public void update(long id, CustomerProfileUpdate u, OffsetDateTime now) {
        jdbc.sql("""
                update customer_profile set customer_type = :type, customer_name_enc = :name, contact_name_enc = :contact,
                    contact_phone_enc = :phone, address_enc = :address,
                    credit_code_enc = coalesce(:credit, credit_code_enc), id_number_enc = coalesce(:idNumber, id_number_enc),
                    region = :region, owner = coalesce(:owner, owner), last_filing_id = :filing,
                    signed_contracts = signed_contracts + :signed, updated_at = :now
                where id = :id
                """)
                .param("type", u.customerType()).param("name", u.customerNameEnc()).param("contact", u.contactNameEnc())
                .param("phone", u.contactPhoneEnc()).param("address", u.addressEnc()).param("credit", u.creditCodeEnc())
                .param("idNumber", u.idNumberEnc()).param("region", u.region()).param("owner", u.owner())
                .param("filing", u.filingId()).param("signed", u.signed() ? 1 : 0).param("now", now).param("id", id)
                .update();
    }

    /** Rule D4: the profile last fed by this filing takes the customer's changed or erased values. */
    public void overwriteFromFiling(String filingId, String column, String encryptedValue) {
        jdbc.sql("update customer_profile set " + column + " = :v where last_filing_id = :f")
                .param("v", encryptedValue).param("f", filingId).update();
    }

    public Optional<CustomerProfileSummary> summary(String primaryKeyHash) {
        return jdbc.sql("select owner, last_filing_id, signed_contracts from customer_profile where primary_key_hash = :h")
                .param("h", primaryKeyHash)
                .query((rs, row) -> new CustomerProfileSummary(rs.getString("owner"), rs.getString("last_filing_id"),
                        rs.getInt("signed_contracts")))
                .optional();
    }
}
