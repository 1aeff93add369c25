package io.baobei.filing;

/** Rule D4: a filing's customer data was erased on request; other capabilities erase what they keep of it. */
public record CustomerDataErased(String filingId, String requestId) {
}
