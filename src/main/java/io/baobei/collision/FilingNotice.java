package io.baobei.collision;

/**
 * The message that brings a collision's outcome to one filing's process: {@code collision-decided} for
 * the later filing waiting for it, {@code collision-resolved} for a filing that goes on (non-interrupting),
 * {@code collision-lost} for one that ends (interrupting).
 */
public record FilingNotice(String filingId, String message) {

    public static final String DECIDED = "collision-decided";
    public static final String RESOLVED = "collision-resolved";
    public static final String LOST = "collision-lost";
    /** Not a message: the lapsed filing the customer chose again gets a new process at its follow-up. */
    public static final String REINSTATED = "reinstated";
}
