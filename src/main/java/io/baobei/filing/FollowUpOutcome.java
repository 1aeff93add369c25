package io.baobei.filing;

public enum FollowUpOutcome {
    CONTINUE,
    DEPOSIT,
    SIGNED,
    LOST
}
