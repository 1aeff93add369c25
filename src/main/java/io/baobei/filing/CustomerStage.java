package io.baobei.filing;

/** Input of the {@code protection-period} decision. A filing starts as INQUIRY or DEPOSIT. */
public enum CustomerStage {
    INQUIRY,
    DEPOSIT,
    SIGNED
}
