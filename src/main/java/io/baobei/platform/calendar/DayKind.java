package io.baobei.platform.calendar;

/**
 * Kind of a {@code calendar_day} entry.
 */
public enum DayKind {
    /** Day off even if it falls on a weekday (法定节假日). */
    HOLIDAY,
    /** Working day even if it falls on a weekend (调休上班). */
    WORKDAY
}
