package io.baobei.filing;

import io.baobei.platform.validation.BusinessRefusal;

/** The rep may not file at all right now (answered with 403 and the reason). */
public class FilingRefusedException extends RuntimeException implements BusinessRefusal {

    public FilingRefusedException(String reason) {
        super(reason);
    }
}
