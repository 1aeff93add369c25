package io.baobei.platform.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * {@link CalendarDays} over table {@code calendar_day} (migration V2).
 * The column {@code day} is a reserved word in H2 2.x, so it is always written quoted: {@code "day"}
 * (portable: in PostgreSQL that is the ordinary column {@code day}).
 */
@Repository
public class JdbcCalendarDays implements CalendarDays {

    private static final RowMapper<CalendarDay> ROW = (rs, i) -> new CalendarDay(
            rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)), rs.getString(3));

    private final JdbcTemplate jdbc;

    public JdbcCalendarDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarDay> findByYear(int year) {
        return jdbc.query(
                "select \"day\", kind, name from calendar_day where \"day\" between ? and ? order by \"day\"",
                ROW, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    public void save(CalendarDay entry, String updatedBy) {
        // Portable upsert (MERGE needs PostgreSQL 15+): update, else insert; a concurrent insert of the
        // same day makes ours fail on the primary key, in which case the update now applies.
        if (update(entry, updatedBy) > 0) {
            return;
        }
        try {
            jdbc.update("insert into calendar_day (\"day\", kind, name, updated_by, updated_at) "
                            + "values (?, ?, ?, ?, current_timestamp)",
                    entry.day(), entry.kind().name(), entry.name(), updatedBy);
        } catch (DuplicateKeyException raced) {
            update(entry, updatedBy);
        }
    }

    private int update(CalendarDay entry, String updatedBy) {
        return jdbc.update("update calendar_day set kind = ?, name = ?, updated_by = ?, updated_at = current_timestamp "
                        + "where \"day\" = ?",
                entry.kind().name(), entry.name(), updatedBy, entry.day());
    }

    @Override
    public boolean delete(LocalDate day) {
        return jdbc.update("delete from calendar_day where \"day\" = ?", day) > 0;
    }
}
