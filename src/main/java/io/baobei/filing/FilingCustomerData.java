package io.baobei.filing;

import org.springframework.stereotype.Component;

import io.baobei.customer.CustomerDataCipher;
import io.baobei.customer.CustomerIdentity;

/** Encrypts a filing's customer data for storage and decrypts it for those allowed to read it. */
@Component
public class FilingCustomerData {

    private final CustomerDataCipher cipher;

    public FilingCustomerData(CustomerDataCipher cipher) {
        this.cipher = cipher;
    }

    public EncryptedCustomer encrypt(FilingRequest r) {
        return new EncryptedCustomer(
                cipher.encrypt(r.customerName()),
                cipher.encrypt(r.contactName()),
                cipher.encrypt(r.contactPhone()),
                cipher.encrypt(r.address()),
                cipher.encrypt(r.creditCode()),
                cipher.encrypt(r.legalRepresentative()),
                cipher.encrypt(r.idNumber()),
                cipher.encrypt(r.relativePhone()),
                cipher.encrypt(r.propertyId()));
    }

    public PlainCustomer decrypt(EncryptedCustomer c) {
        return new PlainCustomer(
                cipher.decrypt(c.customerName()),
                cipher.decrypt(c.contactName()),
                cipher.decrypt(c.contactPhone()),
                cipher.decrypt(c.address()),
                cipher.decrypt(c.creditCode()),
                cipher.decrypt(c.legalRepresentative()),
                cipher.decrypt(c.idNumber()),
                cipher.decrypt(c.relativePhone()),
                cipher.decrypt(c.propertyId()));
    }

    /** The keys the filing's customer is recognised by. */
    public CustomerIdentity identity(Filing filing) {
        PlainCustomer c = decrypt(filing.customer());
        return new CustomerIdentity(filing.customerType().isOrganisation(), c.customerName(), c.contactPhone(),
                c.creditCode(), c.idNumber(), c.propertyId(), c.relativePhone());
    }

    public String encryptText(String text) {
        return cipher.encrypt(text);
    }
}
