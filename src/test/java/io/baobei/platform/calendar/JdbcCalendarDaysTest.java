package io.baobei.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** Runs V2__working_calendar.sql on in-memory H2 (default mode) and tests repository + service on the seed. */
class JdbcCalendarDaysTest {

    static final String MIGRATION = "db/migration/V2__working_calendar.sql";

    private JdbcTemplate jdbc;
    private JdbcCalendarDays repository;
    private WorkingCalendar calendar;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @BeforeEach
    void migrate() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:cal;DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(ds);
        jdbc.execute("drop table if exists calendar_day");
        try (Connection connection = ds.getConnection()) {
            ScriptUtils.executeSqlScript(connection,
                    new EncodedResource(new ClassPathResource(MIGRATION), StandardCharsets.UTF_8));
        }
        repository = new JdbcCalendarDays(jdbc);
        calendar = new WorkingCalendar(repository);
    }

    @Test
    void seedsThe2026Schedule() {
        assertThat(repository.findByYear(2026)).hasSize(39)
                .contains(new CalendarDay(d("2026-02-15"), DayKind.HOLIDAY, "春节"),
                        new CalendarDay(d("2026-10-10"), DayKind.WORKDAY, "国庆节调休上班"))
                .filteredOn(e -> e.kind() == DayKind.WORKDAY)
                .extracting(CalendarDay::day)
                .containsExactly(d("2026-01-04"), d("2026-02-14"), d("2026-02-28"), d("2026-05-09"),
                        d("2026-09-20"), d("2026-10-10"));
        assertThat(repository.findByYear(2025)).isEmpty();
        assertThat(repository.findByYear(2027)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from calendar_day where updated_by = 'flyway:V2' "
                + "and updated_at is not null", Integer.class)).isEqualTo(39);
    }

    @Test
    void serviceOnSeededData() {
        assertThat(calendar.addWorkingDays(d("2026-09-30"), 5)).isEqualTo(d("2026-10-13"));
        assertThat(calendar.addWorkingDays(d("2026-01-09"), 1)).isEqualTo(d("2026-01-12"));
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
        assertThat(calendar.addWorkingDays(d("2026-12-31"), 5)).isEqualTo(d("2027-01-07"));
        assertThat(calendar.isWorkingDay(d("2026-05-09"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-05-05"))).isFalse();
        assertThat(calendar.coverage(2026)).isEqualTo(YearCoverage.OFFICIAL);
        assertThat(calendar.coverage(2027)).isEqualTo(YearCoverage.WEEKENDS_ONLY);
    }

    @Test
    void saveInsertsThenUpdatesAndRecordsUser() {
        calendar.save(new CalendarDay(d("2027-01-01"), DayKind.HOLIDAY, "元旦"), "alice");
        assertThat(calendar.coverage(2027)).isEqualTo(YearCoverage.OFFICIAL);
        assertThat(calendar.isWorkingDay(d("2027-01-01"))).isFalse();
        assertThat(row("2027-01-01")).containsEntry("KIND", "HOLIDAY").containsEntry("UPDATED_BY", "alice");
        assertThat(row("2027-01-01").get("UPDATED_AT")).isNotNull();

        calendar.save(new CalendarDay(d("2027-01-01"), DayKind.WORKDAY, "改为上班"), "bob");
        assertThat(repository.findByYear(2027)).containsExactly(new CalendarDay(d("2027-01-01"), DayKind.WORKDAY, "改为上班"));
        assertThat(row("2027-01-01")).containsEntry("UPDATED_BY", "bob");
        assertThat(calendar.isWorkingDay(d("2027-01-01"))).isTrue();

        // overriding a seeded day
        calendar.save(new CalendarDay(d("2026-10-10"), DayKind.HOLIDAY, "国庆节"), "carol");
        assertThat(calendar.addWorkingDays(d("2026-09-30"), 5)).isEqualTo(d("2026-10-14"));
    }

    @Test
    void deleteRemovesEntry() {
        assertThat(calendar.delete(d("2026-10-10"))).isTrue();
        assertThat(calendar.delete(d("2026-10-10"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-10-10"))).isFalse();
        assertThat(repository.findByYear(2026)).hasSize(38);
    }

    @Test
    void checkConstraintRejectsUnknownKind() {
        assertThatThrownBy(() -> jdbc.update(
                "insert into calendar_day (\"day\", kind, name) values (date '2027-05-01', 'SICK', 'x')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private Map<String, Object> row(String day) {
        return jdbc.queryForMap("select kind, name, updated_by, updated_at from calendar_day where \"day\" = ?", d(day));
    }
}
