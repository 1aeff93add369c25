package io.baobei.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class WorkingCalendarTest {

    private final InMemoryCalendarDays days = InMemoryCalendarDays.official2026();
    private final WorkingCalendar calendar = new WorkingCalendar(days);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void plainWeekAndWeekend() {
        assertThat(calendar.addWorkingDays(d("2026-01-09"), 1)).isEqualTo(d("2026-01-12")); // Fri -> Mon
        assertThat(calendar.addWorkingDays(d("2026-01-12"), 5)).isEqualTo(d("2026-01-19"));
        assertThat(calendar.addWorkingDays(d("2026-01-10"), 1)).isEqualTo(d("2026-01-12")); // from a Saturday
        assertThat(calendar.addWorkingDays(d("2026-01-09"), 0)).isEqualTo(d("2026-01-09"));
    }

    @Test
    void nationalDay_contractSignedOn0930_skipsGoldenWeekAndCountsMakeUpSaturday() {
        // 10-01..10-07 off; 10-08 Thu(1), 10-09 Fri(2), 10-10 Sat 调休(3), 10-12 Mon(4), 10-13 Tue(5)
        assertThat(calendar.addWorkingDays(d("2026-09-30"), 5)).isEqualTo(d("2026-10-13"));
        assertThat(calendar.addWorkingDays(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
        assertThat(calendar.addWorkingDays(d("2026-10-09"), 1)).isEqualTo(d("2026-10-10"));
    }

    @Test
    void midAutumnAndNationalDayMakeUpSunday() {
        // 09-20 (Sun) is a working day; 09-24 Thu + 1 skips 中秋 09-25..27 -> Mon 09-28
        assertThat(calendar.addWorkingDays(d("2026-09-18"), 1)).isEqualTo(d("2026-09-20"));
        assertThat(calendar.addWorkingDays(d("2026-09-24"), 1)).isEqualTo(d("2026-09-28"));
    }

    @Test
    void springFestival() {
        // 02-13 Fri + 1 = 02-14 Sat (调休); then 02-15..02-23 off; 02-24 Tue
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
        // 02-24 Tue(1) 25(2) 26(3) 27(4) 28 Sat 调休(5)
        assertThat(calendar.addWorkingDays(d("2026-02-14"), 5)).isEqualTo(d("2026-02-28"));
        assertThat(calendar.addWorkingDays(d("2026-02-12"), 5)).isEqualTo(d("2026-02-26"));
    }

    @Test
    void newYearAndLabourDay() {
        // 2025-12-31 has no entries for 2025 -> weekends only; 2026-01-01..03 off; 01-04 Sun 调休
        assertThat(calendar.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
        assertThat(calendar.addWorkingDays(d("2026-04-30"), 1)).isEqualTo(d("2026-05-06"));
        // 05-06 Wed(1) 07(2) 08(3) 09 Sat 调休(4) 11 Mon(5)
        assertThat(calendar.addWorkingDays(d("2026-04-30"), 5)).isEqualTo(d("2026-05-11"));
        // 清明 04-04..06: 04-03 Fri + 1 = 04-07 Tue; 端午 06-19..21: 06-18 Thu + 1 = 06-22 Mon
        assertThat(calendar.addWorkingDays(d("2026-04-03"), 1)).isEqualTo(d("2026-04-07"));
        assertThat(calendar.addWorkingDays(d("2026-06-18"), 1)).isEqualTo(d("2026-06-22"));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-01-01, false", "2026-01-02, false", "2026-01-04, true",
            "2026-02-14, true", "2026-02-16, false", "2026-02-23, false", "2026-02-28, true", "2026-03-01, false",
            "2026-04-06, false", "2026-05-05, false", "2026-05-09, true", "2026-06-19, false",
            "2026-09-20, true", "2026-09-25, false", "2026-10-07, false", "2026-10-08, true", "2026-10-10, true",
            "2026-10-11, false", "2026-03-02, true",
    })
    void isWorkingDay2026(String day, boolean working) {
        assertThat(calendar.isWorkingDay(d(day))).as(day).isEqualTo(working);
    }

    @Test
    void makeUpDaysAreWeekendDays() {
        assertThat(days.entries.values()).filteredOn(e -> e.kind() == DayKind.WORKDAY)
                .extracting(e -> e.day().getDayOfWeek())
                .allMatch(dow -> dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY)
                .hasSize(6);
        assertThat(days.entries.values()).filteredOn(e -> e.kind() == DayKind.HOLIDAY).hasSize(33);
    }

    @Test
    void crossingIntoYearWithoutEntries_countsWeekendsOnly() {
        // 2026-12-31 Thu + 1 = 2027-01-01 Fri (2027 has no entries, so New Year's Day counts as a working day)
        assertThat(calendar.addWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-01"));
        // Fri 01-01(1), Mon 01-04(2) .. Thu 01-07(5)
        assertThat(calendar.addWorkingDays(d("2026-12-31"), 5)).isEqualTo(d("2027-01-07"));
        assertThat(calendar.isWorkingDay(d("2027-01-02"))).isFalse(); // Saturday
        assertThat(calendar.coverage(2027)).isEqualTo(YearCoverage.WEEKENDS_ONLY);
    }

    @Test
    void coverage() {
        assertThat(calendar.coverage(2026)).isEqualTo(YearCoverage.OFFICIAL);
        assertThat(calendar.coverage(2027)).isEqualTo(YearCoverage.WEEKENDS_ONLY);
        assertThat(calendar.entries(2026)).hasSize(39).first()
                .isEqualTo(new CalendarDay(d("2026-01-01"), DayKind.HOLIDAY, "元旦"));
        assertThat(calendar.entries(2027)).isEmpty();
        assertThat(WorkingCalendar.weekendsOnlyWarning(2027)).contains("2027年").contains("weekends only");
    }

    @Test
    void countsBackwardsWithNegativeDays() {
        assertThat(calendar.addWorkingDays(d("2026-10-13"), -5)).isEqualTo(d("2026-09-30"));
        assertThat(calendar.addWorkingDays(d("2026-01-12"), -1)).isEqualTo(d("2026-01-09"));
    }

    @Test
    void saveAndDeleteTakeEffectImmediately() {
        assertThat(calendar.addWorkingDays(d("2027-01-01"), 1)).isEqualTo(d("2027-01-04")); // cached 2027

        calendar.save(new CalendarDay(d("2027-01-04"), DayKind.HOLIDAY, "测试假日"), "alice");
        assertThat(days.updatedBy).containsEntry(d("2027-01-04"), "alice");
        assertThat(calendar.coverage(2027)).isEqualTo(YearCoverage.OFFICIAL);
        assertThat(calendar.addWorkingDays(d("2027-01-01"), 1)).isEqualTo(d("2027-01-05"));

        calendar.save(new CalendarDay(d("2027-01-09"), DayKind.WORKDAY, "测试调休"), "alice");
        assertThat(calendar.isWorkingDay(d("2027-01-09"))).isTrue();

        assertThat(calendar.delete(d("2027-01-04"))).isTrue();
        assertThat(calendar.delete(d("2027-01-04"))).isFalse();
        assertThat(calendar.addWorkingDays(d("2027-01-01"), 1)).isEqualTo(d("2027-01-04"));
    }

    @Test
    void cachesPerYearUntilTtl() {
        MutableClock clock = new MutableClock();
        WorkingCalendar cached = new WorkingCalendar(days, Duration.ofMinutes(5), clock);
        cached.addWorkingDays(d("2026-09-30"), 5);
        cached.isWorkingDay(d("2026-02-14"));
        assertThat(days.findCalls).hasValue(1);

        days.holidays("2026-03-02", "2026-03-02", "直接改库"); // edited behind the service's back
        assertThat(cached.isWorkingDay(d("2026-03-02"))).isTrue(); // still cached
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(cached.isWorkingDay(d("2026-03-02"))).isFalse();
        assertThat(days.findCalls).hasValue(2);

        cached.invalidate(2026);
        cached.isWorkingDay(d("2026-03-02"));
        assertThat(days.findCalls).hasValue(3);
    }

    @Test
    void warnsOncePerYear() {
        Logger logger = (Logger) LoggerFactory.getLogger(WorkingCalendar.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            WorkingCalendar uncached = new WorkingCalendar(days, Duration.ZERO, Clock.systemUTC());
            uncached.addWorkingDays(d("2026-12-31"), 20);
            uncached.coverage(2027);
            uncached.coverage(2026);
            uncached.coverage(2028);
            List<String> warnings = new ArrayList<>();
            appender.list.stream().filter(e -> e.getLevel() == Level.WARN).forEach(e -> warnings.add(e.getFormattedMessage()));
            assertThat(days.findCalls.get()).isGreaterThan(3); // TTL 0: every lookup reloads, still one WARN per year
            assertThat(warnings).hasSize(2);
            assertThat(warnings.get(0)).contains("2027").contains("weekends only");
            assertThat(warnings.get(1)).contains("2028");
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void calendarWithoutAnyWorkingDayFailsInsteadOfLooping() {
        InMemoryCalendarDays allOff = new InMemoryCalendarDays();
        allOff.holidays("2030-01-01", "2031-12-31", "错误数据");
        WorkingCalendar broken = new WorkingCalendar(allOff);
        assertThatThrownBy(() -> broken.addWorkingDays(d("2029-12-31"), 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no working day");
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
