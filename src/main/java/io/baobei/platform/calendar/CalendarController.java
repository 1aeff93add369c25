package io.baobei.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.calendar.CalendarDayRequest.FieldError;

/**
 * Admin API of the working calendar.
 * <ul>
 *   <li>{@code GET /api/admin/calendar/{year}} – any authenticated user</li>
 *   <li>{@code PUT /api/admin/calendar/{day}} body {@code {kind, name}} – groups hr-admin / camunda-admin</li>
 *   <li>{@code DELETE /api/admin/calendar/{day}} – groups hr-admin / camunda-admin</li>
 * </ul>
 * The user is the Camunda authentication set by the /api/* basic-auth filter. Errors:
 * 401 / 403 / 400 / 404 with body {@code {"errors":[{"field":..., "message":...}]}}.
 */
@RestController
@RequestMapping("/api/admin/calendar")
public class CalendarController {

    static final Set<String> ADMIN_GROUPS = Set.of("hr-admin", "camunda-admin");

    private final WorkingCalendar calendar;
    private final IdentityService identityService;

    public CalendarController(WorkingCalendar calendar, IdentityService identityService) {
        this.calendar = calendar;
        this.identityService = identityService;
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

    /** {@code {"errors":[{"field":"kind","message":"..."}]}}. */
    public record ErrorsView(List<FieldError> errors) {
        static ErrorsView of(String field, String message) {
            return new ErrorsView(List.of(new FieldError(field, message)));
        }
    }

    @GetMapping("/{year}")
    public ResponseEntity<?> get(@PathVariable("year") String yearText) {
        if (identityService.getCurrentAuthentication() == null) {
            return unauthorized();
        }
        int year;
        try {
            year = Integer.parseInt(yearText.trim());
        } catch (NumberFormatException e) {
            year = 0;
        }
        if (year < 1 || year > 9999) {
            return badRequest(List.of(new FieldError("year", "year must be a number 1–9999, got '" + yearText + "'（年份格式错误）")));
        }
        YearCoverage coverage = calendar.coverage(year);
        String warning = coverage == YearCoverage.WEEKENDS_ONLY ? WorkingCalendar.weekendsOnlyWarning(year) : null;
        List<DayView> days = calendar.entries(year).stream().map(DayView::of).toList();
        return ResponseEntity.ok(new YearView(year, coverage, warning, days));
    }

    @PutMapping("/{day}")
    public ResponseEntity<?> put(@PathVariable("day") String dayText,
                                 @RequestBody(required = false) CalendarDayRequest body) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth == null) {
            return unauthorized();
        }
        if (!isAdmin(auth)) {
            return forbidden();
        }
        CalendarDayRequest.Validated validated =
                (body == null ? new CalendarDayRequest(null, null) : body).validate(dayText);
        if (!validated.errors().isEmpty()) {
            return badRequest(validated.errors());
        }
        CalendarDay saved = calendar.save(validated.entry(), auth.getUserId());
        return ResponseEntity.ok(DayView.of(saved));
    }

    @DeleteMapping("/{day}")
    public ResponseEntity<?> delete(@PathVariable("day") String dayText) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth == null) {
            return unauthorized();
        }
        if (!isAdmin(auth)) {
            return forbidden();
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = CalendarDayRequest.parseDay(dayText, errors);
        if (!errors.isEmpty()) {
            return badRequest(errors);
        }
        if (!calendar.delete(day)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ErrorsView.of("day", "no calendar entry for " + day + "（该日期没有日历条目）"));
        }
        return ResponseEntity.noContent().build();
    }

    /** Unreadable JSON body (syntax error, wrong shape). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ErrorsView> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest()
                .body(ErrorsView.of("body", "request body must be JSON {\"kind\": ..., \"name\": ...}（请求体格式错误）"));
    }

    private boolean isAdmin(Authentication auth) {
        List<String> groups = auth.getGroupIds();
        if (groups == null) { // authentication set without groups: look them up
            groups = identityService.createGroupQuery().groupMember(auth.getUserId()).list()
                    .stream().map(Group::getId).toList();
        }
        return groups.stream().anyMatch(ADMIN_GROUPS::contains);
    }

    private static ResponseEntity<?> badRequest(List<FieldError> errors) {
        return ResponseEntity.badRequest().body(new ErrorsView(errors));
    }

    private static ResponseEntity<?> unauthorized() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"baobei\"")
                .body(ErrorsView.of(null, "authentication required（需要登录）"));
    }

    private static ResponseEntity<?> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ErrorsView.of(null, "requires group hr-admin or camunda-admin（需要 hr-admin 或 camunda-admin 组权限）"));
    }
}
