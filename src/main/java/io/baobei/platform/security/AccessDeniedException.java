package io.baobei.platform.security;

import io.baobei.platform.engine.BusinessRefusal;

public class AccessDeniedException extends RuntimeException implements BusinessRefusal {

    public AccessDeniedException(String message) {
        super(message);
    }
}
