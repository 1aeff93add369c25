package io.baobei.filing;

/** The result of filing: the new filing, and the filing it collided with when the customer was already protected. */
public record Registration(String filingId, FilingStatus status, boolean late,
                           String collidedWithFilingId) {

    public boolean collided() {
        return collidedWithFilingId != null;
    }
}
