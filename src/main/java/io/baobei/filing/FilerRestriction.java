package io.baobei.filing;

import java.util.Optional;

/** Something that may stop a rep from filing (rule X7: a suspended rep cannot file); others implement it. */
public interface FilerRestriction {

    /** Why this rep may not file now, or empty. */
    Optional<String> refusalFor(String filer);
}
