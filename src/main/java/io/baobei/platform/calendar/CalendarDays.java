package io.baobei.platform.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Storage of the calendar exceptions (holidays and 调休 working days).
 * {@link WorkingCalendar} holds the rules; this interface is all it needs, so the rules can be
 * tested with an in-memory implementation. Production implementation: {@link JdbcCalendarDays}.
 */
public interface CalendarDays {

    /** All entries whose date lies in {@code year}, ordered by date. Empty if the year has none. */
    List<CalendarDay> findByYear(int year);

    /** Creates or replaces the entry for {@code entry.day()}, recording who changed it. */
    void save(CalendarDay entry, String updatedBy);

    /** Removes the entry for {@code day}; returns false if there was none. */
    boolean delete(LocalDate day);
}
