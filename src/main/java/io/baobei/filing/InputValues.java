package io.baobei.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.regex.Pattern;

import io.baobei.platform.validation.FieldErrors;

/**
 * Reads untyped input values (form submissions arrive as strings, empty fields as "" or null),
 * recording a problem per field instead of failing on the first. Text is taken as given: only its
 * surrounding blanks are dropped; what cannot be text (objects, numbers, control characters) is refused.
 */
class InputValues {

    /** C0 controls but tab, newline and carriage return; DEL and C1; bidi embeddings, overrides, isolates; lone surrogates. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\uD800-\\uDFFF]");
    /** Blanks an eye cannot see, around or instead of a value. */
    private static final Pattern INVISIBLE_EDGES = Pattern.compile(
            "^[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF]+|[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF]+$");
    private static final int AMOUNT_INTEGER_DIGITS = 14;
    private static final int AMOUNT_DECIMALS = 2;

    private final Map<String, ?> values;
    private final ZoneId zone;

    InputValues(Map<String, ?> values, ZoneId zone) {
        this.values = values;
        this.zone = zone;
    }

    boolean isPresent(String field) {
        Object value = values.get(field);
        return value != null && !(value instanceof String s && strip(s).isEmpty());
    }

    String text(String field, int maxLength, boolean required, FieldErrors errors) {
        Object value = values.get(field);
        if (value != null && !(value instanceof String)) {
            errors.add(field, "应为文本");
            return null;
        }
        if (!isPresent(field)) {
            if (required) {
                errors.add(field, "必填");
            }
            return null;
        }
        String given = (String) value;
        if (FORBIDDEN.matcher(given).find()) {
            errors.add(field, "包含不允许的控制字符");
            return null;
        }
        String text = strip(given);
        if (text.length() > maxLength) {
            errors.add(field, "不能超过" + maxLength + "个字");
            return null;
        }
        return text;
    }

    private static String strip(String value) {
        return INVISIBLE_EDGES.matcher(value).replaceAll("");
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
        String text = text(field, 40, true, errors);
        if (text == null) {
            return null;
        }
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
        String text = text(field, 40, required, errors);
        if (text == null) {
            return null;
        }
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
        if (!(value instanceof Number) && !(value instanceof String)) {
            errors.add(field, "应为数字");
            return null;
        }
        try {
            BigDecimal amount = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(strip((String) value));
            if (amount.signum() < 0) {
                errors.add(field, "不能为负数");
                return null;
            }
            BigDecimal plain = amount.stripTrailingZeros();
            if (plain.scale() > AMOUNT_DECIMALS || plain.precision() - plain.scale() > AMOUNT_INTEGER_DIGITS) {
                errors.add(field, "金额超出范围：最多" + AMOUNT_INTEGER_DIGITS + "位整数、" + AMOUNT_DECIMALS + "位小数");
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
        if (!(value instanceof String)) {
            errors.add(field, "应为 true 或 false");
            return null;
        }
        String text = strip((String) value);
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        errors.add(field, "应为 true 或 false");
        return null;
    }
}
