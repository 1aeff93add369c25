package io.baobei.filing;

/** The result of filing: the new filing, and what it collided with when the customer was already protected. */
public record Registration(String filingId, FilingStatus status, boolean late, ClaimConflict conflict) {

    public boolean collided() {
        return conflict != null;
    }
}
