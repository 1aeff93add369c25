package io.baobei.datarequest;

/** The identity document the requester showed (rule D6 checks its number). */
public enum DocumentType {
    ID_CARD,
    BUSINESS_LICENSE,
    PASSPORT
}
