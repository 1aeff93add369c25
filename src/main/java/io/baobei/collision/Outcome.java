package io.baobei.collision;

/**
 * How a collision ends: the resolution, how it was reached, the commission shares of the
 * {@code commission-share} table, and for a customer who chose the former rep (F8) the protection days
 * of the reinstated filing.
 */
public record Outcome(Resolution resolution, ResolvedBy resolvedBy, int shareFirst, int shareSecond,
                      Integer reinstatedProtectionDays) {
}
