package io.baobei.platform.calendar;

/**
 * Whether a year's working days follow the official schedule or fall back to weekends only.
 */
public enum YearCoverage {
    /** The year has at least one {@code calendar_day} entry: holidays and 调休 days are applied. */
    OFFICIAL,
    /** The year has no entries: only Saturday and Sunday are days off. */
    WEEKENDS_ONLY
}
