package io.baobei.filing;

/** The rep may not file at all right now (answered with 403 and the reason). */
public class FilingRefusedException extends RuntimeException {

    public FilingRefusedException(String reason) {
        super(reason);
    }
}
