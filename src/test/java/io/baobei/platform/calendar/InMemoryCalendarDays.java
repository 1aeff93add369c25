package io.baobei.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Test double of {@link CalendarDays}; {@link #official2026()} mirrors the seed of V2__working_calendar.sql. */
class InMemoryCalendarDays implements CalendarDays {

    final TreeMap<LocalDate, CalendarDay> entries = new TreeMap<>();
    final Map<LocalDate, String> updatedBy = new TreeMap<>();
    final AtomicInteger findCalls = new AtomicInteger();

    static InMemoryCalendarDays official2026() {
        InMemoryCalendarDays days = new InMemoryCalendarDays();
        days.holidays("2026-01-01", "2026-01-03", "元旦").workday("2026-01-04", "元旦调休上班")
                .workday("2026-02-14", "春节调休上班").holidays("2026-02-15", "2026-02-23", "春节")
                .workday("2026-02-28", "春节调休上班")
                .holidays("2026-04-04", "2026-04-06", "清明节")
                .holidays("2026-05-01", "2026-05-05", "劳动节").workday("2026-05-09", "劳动节调休上班")
                .holidays("2026-06-19", "2026-06-21", "端午节")
                .workday("2026-09-20", "国庆节调休上班")
                .holidays("2026-09-25", "2026-09-27", "中秋节")
                .holidays("2026-10-01", "2026-10-07", "国庆节").workday("2026-10-10", "国庆节调休上班");
        return days;
    }

    InMemoryCalendarDays holidays(String from, String to, String name) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            entries.put(d, new CalendarDay(d, DayKind.HOLIDAY, name));
        }
        return this;
    }

    InMemoryCalendarDays workday(String day, String name) {
        LocalDate d = LocalDate.parse(day);
        entries.put(d, new CalendarDay(d, DayKind.WORKDAY, name));
        return this;
    }

    @Override
    public List<CalendarDay> findByYear(int year) {
        findCalls.incrementAndGet();
        return List.copyOf(entries.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    @Override
    public void save(CalendarDay entry, String by) {
        entries.put(entry.day(), entry);
        updatedBy.put(entry.day(), by);
    }

    @Override
    public boolean delete(LocalDate day) {
        updatedBy.remove(day);
        return entries.remove(day) != null;
    }
}
