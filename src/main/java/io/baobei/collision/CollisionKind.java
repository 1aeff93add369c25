package io.baobei.collision;

/** Why two filings met (rule C1), and the customer's choice after a lapse (F8). */
public enum CollisionKind {
    DUPLICATE_CUSTOMER,
    RELATIVE_PROPERTY,
    REPORTED,
    CUSTOMER_CHOICE
}
