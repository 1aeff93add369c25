package io.baobei.platform.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of {@code PUT /api/admin/calendar/{day}}: {@code {"kind": "HOLIDAY"|"WORKDAY", "name": "春节"}}.
 * Fields are plain strings so that bad values are reported per field instead of as a JSON error.
 */
public record CalendarDayRequest(String kind, String name) {

    static final int MAX_NAME_LENGTH = 64;

    /** One validation error, naming the offending field. */
    public record FieldError(String field, String message) {
    }

    /** Outcome of {@link #validate}: either an entry or the list of errors. */
    record Validated(CalendarDay entry, List<FieldError> errors) {
    }

    /** Validates the path day and this body together, collecting every error. */
    Validated validate(String dayText) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = parseDay(dayText, errors);
        DayKind parsedKind = null;
        if (kind == null || kind.isBlank()) {
            errors.add(new FieldError("kind", "kind is required: HOLIDAY or WORKDAY（类型必填：HOLIDAY 或 WORKDAY）"));
        } else {
            try {
                parsedKind = DayKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind",
                        "kind must be HOLIDAY or WORKDAY, got '" + kind + "'（类型必须为 HOLIDAY 或 WORKDAY）"));
            }
        }
        String trimmedName = name == null ? null : name.strip();
        if (trimmedName == null || trimmedName.isEmpty()) {
            errors.add(new FieldError("name", "name must not be blank（名称不能为空）"));
        } else if (trimmedName.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name",
                    "name must be at most " + MAX_NAME_LENGTH + " characters（名称最多" + MAX_NAME_LENGTH + "个字符）"));
        }
        if (!errors.isEmpty()) {
            return new Validated(null, List.copyOf(errors));
        }
        return new Validated(new CalendarDay(day, parsedKind, trimmedName), List.of());
    }

    /** Parses an ISO date (yyyy-MM-dd) from the path, adding an error for field {@code day} if it is not one. */
    static LocalDate parseDay(String text, List<FieldError> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("day", "day must be a date yyyy-MM-dd, got '" + text + "'（日期格式应为 yyyy-MM-dd）"));
            return null;
        }
    }
}
