package io.baobei.platform.security;

public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException() {
        super("Authentication required (HTTP basic)");
    }
}
