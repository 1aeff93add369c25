package io.baobei.platform.security;

import io.baobei.platform.validation.BusinessRefusal;

public class AccessDeniedException extends RuntimeException implements BusinessRefusal {

    public AccessDeniedException(String message) {
        super(message);
    }
}
