package io.baobei.datarequest;

/** Rule D4: a customer asks to change or to delete their data. */
public enum DataRequestKind {
    CHANGE,
    DELETE
}
