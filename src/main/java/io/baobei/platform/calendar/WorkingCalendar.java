package io.baobei.platform.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Chinese working-day calendar (rule F9: a signed contract must be reported within 5 working days).
 * <p>
 * A day is a working day when it is Monday–Friday, unless the calendar marks it HOLIDAY; a Saturday or
 * Sunday is a working day only when the calendar marks it WORKDAY (调休). The exceptions are data
 * ({@link CalendarDays}, table {@code calendar_day}); a year without any entry counts weekends only,
 * which is logged once per year per process at WARN and reported by {@link #coverage(int)}.
 * <p>
 * Entries are cached per year. Edits made through {@link #save} / {@link #delete} invalidate the year at
 * once; edits made elsewhere (SQL, another node) are picked up when the cached year expires
 * (5 minutes by default).
 */
@Service
public class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(5);

    /** Guard against a calendar that (by mistake) declares no working day for more than a year. */
    private static final int MAX_CONSECUTIVE_DAYS_OFF = 400;

    private final CalendarDays days;
    private final Duration cacheTtl;
    private final Clock clock;

    private final Map<Integer, YearData> cache = new ConcurrentHashMap<>();
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
    private long generation; // guarded by this; bumped by every invalidation

    @Autowired
    public WorkingCalendar(CalendarDays days) {
        this(days, DEFAULT_CACHE_TTL, Clock.systemUTC());
    }

    WorkingCalendar(CalendarDays days, Duration cacheTtl, Clock clock) {
        this.days = Objects.requireNonNull(days, "days");
        this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The date that is {@code days} working days after {@code start}, not counting {@code start} itself
     * (Friday 2026-01-09 + 1 = Monday 2026-01-12). {@code days == 0} returns {@code start}; a negative
     * {@code days} counts backwards.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        int step = days >= 0 ? 1 : -1;
        int remaining = Math.abs(days);
        LocalDate day = start;
        int daysOff = 0;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
                daysOff = 0;
            } else if (++daysOff > MAX_CONSECUTIVE_DAYS_OFF) {
                throw new IllegalStateException("working calendar has no working day between "
                        + day.minusDays((long) step * (daysOff - 1)) + " and " + day + "; check calendar_day");
            }
        }
        return day;
    }

    /** Whether {@code day} is a working day (calendar entry first, otherwise Monday–Friday). */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        DayKind kind = year(day.getYear()).kinds().get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** OFFICIAL when {@code year} has calendar entries, WEEKENDS_ONLY otherwise. */
    public YearCoverage coverage(int year) {
        return year(year).entries().isEmpty() ? YearCoverage.WEEKENDS_ONLY : YearCoverage.OFFICIAL;
    }

    /** The calendar entries of {@code year}, ordered by date. */
    public List<CalendarDay> entries(int year) {
        return year(year).entries();
    }

    /** Creates or replaces an entry; takes effect immediately. */
    public CalendarDay save(CalendarDay entry, String updatedBy) {
        Objects.requireNonNull(entry, "entry");
        try {
            days.save(entry, updatedBy);
        } finally {
            invalidate(entry.day().getYear());
        }
        return entry;
    }

    /** Removes the entry of {@code day}; returns false if there was none. Takes effect immediately. */
    public boolean delete(LocalDate day) {
        Objects.requireNonNull(day, "day");
        try {
            return days.delete(day);
        } finally {
            invalidate(day.getYear());
        }
    }

    /** Drops the cached entries of {@code year} (for edits made outside this service). */
    public synchronized void invalidate(int year) {
        generation++;
        cache.remove(year);
    }

    /** Drops all cached years. */
    public synchronized void invalidateAll() {
        generation++;
        cache.clear();
    }

    /** Bilingual notice for a WEEKENDS_ONLY year (admin API and log). */
    public static String weekendsOnlyWarning(int year) {
        return year + "年尚未录入法定节假日及调休安排，工作日仅按周末计算。"
                + "No public holidays or make-up working days (调休) are recorded for " + year
                + "; working days count weekends only.";
    }

    private YearData year(int year) {
        Instant now = clock.instant();
        YearData cached = cache.get(year);
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return cached;
        }
        long loadedGeneration;
        synchronized (this) {
            loadedGeneration = generation;
        }
        List<CalendarDay> entries = List.copyOf(days.findByYear(year));
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        for (CalendarDay entry : entries) {
            kinds.put(entry.day(), entry.kind());
        }
        YearData loaded = new YearData(entries, Map.copyOf(kinds), now.plus(cacheTtl));
        if (entries.isEmpty() && warnedYears.add(year)) {
            log.warn("Working calendar: {} Add the official schedule via PUT /api/admin/calendar/{day}.",
                    weekendsOnlyWarning(year));
        }
        synchronized (this) {
            if (generation == loadedGeneration) { // no edit since we started reading: safe to cache
                cache.put(year, loaded);
            }
        }
        return loaded;
    }

    private record YearData(List<CalendarDay> entries, Map<LocalDate, DayKind> kinds, Instant expiresAt) {
    }
}
