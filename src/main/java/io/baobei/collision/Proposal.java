package io.baobei.collision;

/** A rep's proposal in negotiation (rule C5). */
public enum Proposal {
    KEEP_FIRST,
    KEEP_SECOND,
    SPLIT,
    NO_AGREEMENT
}
