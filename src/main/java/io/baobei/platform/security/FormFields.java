package io.baobei.platform.security;

import java.util.Set;

/**
 * The keys of one Camunda Form: what its user may fill in, and what it only shows. form-js submits every
 * keyed field that is not {@code disabled}, read-only ones included, so those are accepted and dropped.
 */
public record FormFields(Set<String> editable, Set<String> displayOnly) {

    public static final FormFields NONE = new FormFields(Set.of(), Set.of());
}
