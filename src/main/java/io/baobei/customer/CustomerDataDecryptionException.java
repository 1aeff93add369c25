package io.baobei.customer;

/** A stored value could not be decrypted. Messages never contain plaintext or key material. */
public class CustomerDataDecryptionException extends RuntimeException {

    public CustomerDataDecryptionException(String message) {
        super(message);
    }

    public CustomerDataDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
