package io.baobei.filing;

/** Rule F1: individual, enterprise, other organisation. */
public enum CustomerType {
    INDIVIDUAL,
    ENTERPRISE,
    OTHER;

    public boolean isOrganisation() {
        return this != INDIVIDUAL;
    }
}
