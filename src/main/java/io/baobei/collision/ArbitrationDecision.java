package io.baobei.collision;

/** The manager's decision (rule C6), and whether the quarrel lost the customer (C9). */
public record ArbitrationDecision(Resolution resolution, boolean customerLost) {
}
