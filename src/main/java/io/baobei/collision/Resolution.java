package io.baobei.collision;

/** Who keeps the customer: the contract's resolution values. */
public enum Resolution {
    FIRST,
    SECOND,
    SHARED,
    SPLIT,
    VOID_BOTH
}
