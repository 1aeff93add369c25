package io.baobei.platform.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.security.CurrentUser;
import io.baobei.platform.security.Groups;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InvalidInputException;

/**
 * Administration edits the holiday calendar (rule F9): any staff member reads a year, hr-admin and
 * camunda-admin change it. A year without entries counts weekends only, and the answer says so.
 */
@RestController
@RequestMapping("/api/admin/calendar")
public class CalendarController {

    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;

    public CalendarController(WorkingCalendar calendar, CurrentUser currentUser) {
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    /** {@code {year, coverage, warning, days: [{day, kind, name}]}}. */
    public record YearView(int year, YearCoverage coverage, String warning, List<DayView> days) {
    }

    /** {@code {day: "2026-10-01", kind: "HOLIDAY", name: "国庆节"}}. */
    public record DayView(String day, DayKind kind, String name) {
        static DayView of(CalendarDay entry) {
            return new DayView(entry.day().toString(), entry.kind(), entry.name());
        }
    }

    @GetMapping("/{year}")
    public YearView get(@PathVariable("year") String yearText) {
        currentUser.require();
        int year = parseYear(yearText);
        YearCoverage coverage = calendar.coverage(year);
        String warning = coverage == YearCoverage.WEEKENDS_ONLY ? WorkingCalendar.weekendsOnlyWarning(year) : null;
        return new YearView(year, coverage, warning, calendar.entries(year).stream().map(DayView::of).toList());
    }

    @PutMapping("/{day}")
    public DayView put(@PathVariable("day") String dayText, @RequestBody(required = false) CalendarDayRequest body) {
        Caller admin = requireAdmin();
        CalendarDay entry = (body == null ? new CalendarDayRequest(null, null) : body).validate(dayText);
        return DayView.of(calendar.save(entry, admin.userId()));
    }

    @DeleteMapping("/{day}")
    public ResponseEntity<Void> delete(@PathVariable("day") String dayText) {
        requireAdmin();
        FieldErrors errors = new FieldErrors();
        LocalDate day = CalendarDayRequest.parseDay(dayText, errors);
        errors.throwIfAny();
        return calendar.delete(day) ? ResponseEntity.noContent().build() : ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }

    private Caller requireAdmin() {
        Caller caller = currentUser.require();
        if (!caller.isInAny(Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("需要 hr-admin 或 camunda-admin 组权限");
        }
        return caller;
    }

    private static int parseYear(String text) {
        try {
            int year = Integer.parseInt(text.trim());
            if (year >= 1 && year <= 9999) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidInputException("year", "年份格式错误：应为 1–9999 的数字");
    }
}
