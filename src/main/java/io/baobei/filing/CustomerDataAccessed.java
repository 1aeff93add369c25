package io.baobei.filing;

/**
 * Someone read or changed a filing's customer data, or tried to (rule D3); published for the audit trail.
 * {@code detail} names what, never the data itself.
 */
public record CustomerDataAccessed(String filingId, String actor, Action action, boolean allowed, String detail) {

    public enum Action {
        CREATE,
        READ,
        CHANGE,
        DELETE,
        UPLOAD,
        DOWNLOAD
    }

    public static CustomerDataAccessed allowed(String filingId, String actor, Action action, String detail) {
        return new CustomerDataAccessed(filingId, actor, action, true, detail);
    }

    public static CustomerDataAccessed denied(String filingId, String actor, Action action, String detail) {
        return new CustomerDataAccessed(filingId, actor, action, false, detail);
    }
}
