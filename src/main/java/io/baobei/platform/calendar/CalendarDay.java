package io.baobei.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of {@code calendar_day}: an exception to the Monday–Friday rule.
 *
 * @param day  the date
 * @param kind HOLIDAY (day off) or WORKDAY (调休 working day)
 * @param name display name, e.g. 春节
 */
public record CalendarDay(LocalDate day, DayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
