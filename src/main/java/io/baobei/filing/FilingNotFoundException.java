package io.baobei.filing;

public class FilingNotFoundException extends RuntimeException {

    public FilingNotFoundException(String filingId) {
        super("No filing " + filingId);
    }
}
