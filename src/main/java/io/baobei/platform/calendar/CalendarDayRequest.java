package io.baobei.platform.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.baobei.platform.validation.FieldErrors;

/**
 * Body of {@code PUT /api/admin/calendar/{day}}: {@code {"kind": "HOLIDAY"|"WORKDAY", "name": "春节"}}.
 * Fields are plain strings so that bad values are reported per field instead of as a JSON error.
 */
public record CalendarDayRequest(String kind, String name) {

    static final int MAX_NAME_LENGTH = 64;

    /** Validates the path day and this body together, reporting every bad field. */
    CalendarDay validate(String dayText) {
        FieldErrors errors = new FieldErrors();
        LocalDate day = parseDay(dayText, errors);
        DayKind parsedKind = null;
        if (kind == null || kind.isBlank()) {
            errors.add("kind", "类型必填：HOLIDAY 或 WORKDAY");
        } else {
            try {
                parsedKind = DayKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                errors.add("kind", "类型必须为 HOLIDAY 或 WORKDAY");
            }
        }
        String trimmedName = name == null ? null : name.strip();
        if (trimmedName == null || trimmedName.isEmpty()) {
            errors.add("name", "名称不能为空");
        } else if (trimmedName.length() > MAX_NAME_LENGTH) {
            errors.add("name", "名称最多" + MAX_NAME_LENGTH + "个字符");
        }
        errors.throwIfAny();
        return new CalendarDay(day, parsedKind, trimmedName);
    }

    /** Parses an ISO date (yyyy-MM-dd) from the path, recording an error for field {@code day} if it is not one. */
    static LocalDate parseDay(String text, FieldErrors errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            errors.add("day", "日期格式应为 yyyy-MM-dd");
            return null;
        }
    }
}
