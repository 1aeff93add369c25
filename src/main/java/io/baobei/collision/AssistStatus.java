package io.baobei.collision;

/** REGISTERED while the deal is open; AGREEING after signing until the split is confirmed; AGREED. */
public enum AssistStatus {
    REGISTERED,
    AGREEING,
    AGREED
}
