package io.baobei.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

import io.baobei.platform.validation.FieldErrors;

/**
 * Reads untyped input values (form submissions arrive as strings, empty fields as "" or null),
 * recording a problem per field instead of failing on the first.
 */
class InputValues {

    private final Map<String, ?> values;
    private final ZoneId zone;

    InputValues(Map<String, ?> values, ZoneId zone) {
        this.values = values;
        this.zone = zone;
    }

    boolean isPresent(String field) {
        Object value = values.get(field);
        return value != null && !(value instanceof String s && s.isBlank());
    }

    String text(String field, int maxLength, boolean required, FieldErrors errors) {
        if (!isPresent(field)) {
            if (required) {
                errors.add(field, "必填");
            }
            return null;
        }
        String text = String.valueOf(values.get(field)).trim();
        if (text.length() > maxLength) {
            errors.add(field, "不能超过" + maxLength + "个字");
            return null;
        }
        return text;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, FieldErrors errors, boolean required) {
        String text = text(field, 40, required, errors);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(field, "取值无效：" + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** ISO-8601 date-time with or without offset; without one it is in the business time zone. */
    OffsetDateTime dateTime(String field, FieldErrors errors) {
        if (!isPresent(field)) {
            errors.add(field, "必填");
            return null;
        }
        Object value = values.get(field);
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toOffsetDateTime();
        }
        String text = String.valueOf(value).trim();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                errors.add(field, "日期时间格式无效：应为 ISO-8601，如 2026-12-01T10:00 或 2026-12-01T10:00+08:00");
                return null;
            }
        }
    }

    LocalDate date(String field, boolean required, FieldErrors errors) {
        if (!isPresent(field)) {
            if (required) {
                errors.add(field, "必填");
            }
            return null;
        }
        Object value = values.get(field);
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        String text = String.valueOf(value).trim();
        try {
            return text.length() > 10 ? dateTime(field, errors).atZoneSameInstant(zone).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            if (!errors.has(field)) {
                errors.add(field, "日期格式无效：应为 yyyy-MM-dd");
            }
            return null;
        }
    }

    BigDecimal amount(String field, FieldErrors errors) {
        return amount(field, false, errors);
    }

    BigDecimal amount(String field, boolean required, FieldErrors errors) {
        if (!isPresent(field)) {
            if (required) {
                errors.add(field, "必填");
            }
            return null;
        }
        Object value = values.get(field);
        try {
            BigDecimal amount = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(String.valueOf(value).trim());
            if (amount.signum() < 0) {
                errors.add(field, "不能为负数");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.add(field, "应为数字");
            return null;
        }
    }

    Boolean flag(String field, boolean required, FieldErrors errors) {
        if (!isPresent(field)) {
            if (required) {
                errors.add(field, "必填");
            }
            return null;
        }
        Object value = values.get(field);
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        errors.add(field, "应为 true 或 false");
        return null;
    }
}
