package io.baobei.conduct.process;

/** Names of the {@code violation-handling} process variables. */
final class ConductVariables {

    static final String ENTRY_ID = "entryId";

    private ConductVariables() {
    }

    /** {@code V42}: the ledger entry the case handles. */
    static String businessKey(long entryId) {
        return "V" + entryId;
    }

    static long entryId(Object value) {
        return ((Number) value).longValue();
    }
}
