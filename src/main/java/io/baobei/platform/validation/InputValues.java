package io.baobei.platform.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads untyped input values (form submissions arrive as strings, empty fields as "" or null),
 * recording a problem per field instead of failing on the first. Text is taken as given: only its
 * surrounding blanks are dropped; what cannot be text (objects, numbers, control characters) is refused.
 * <p>
 * The task forms of the cases (collisions, conduct, data requests, reviews) read their fields more
 * leniently, as the text of whatever value was submitted: {@link #optionalText}, {@link #givenText},
 * {@link #constant}, {@link #wholeNumber} and {@link #isTrue}.
 */
public class InputValues {

    /** Dates a filing, a contract or a visit can have; beyond them time-zone arithmetic fails (year ±999,999,999). */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;
    private static final String YEARS_MESSAGE = "年份应在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间";

    /** ISO-8601 as {@code OffsetDateTime.parse} and {@code LocalDateTime.parse} read it, in one pass without an exception. */
    private static final DateTimeFormatter LOCAL_OR_OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

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

    /** {@code zone} is the business time zone: dates and times given without an offset are in it. */
    public InputValues(Map<String, ?> values, ZoneId zone) {
        this.values = values;
        this.zone = zone;
    }

    /** For input without dates or times. */
    public InputValues(Map<String, ?> values) {
        this(values, null);
    }

    public boolean isPresent(String field) {
        Object value = values.get(field);
        return value != null && !(value instanceof String s && strip(s).isEmpty());
    }

    public String text(String field, int maxLength, boolean required, FieldErrors errors) {
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

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, FieldErrors errors, boolean required) {
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
    public OffsetDateTime dateTime(String field, FieldErrors errors) {
        if (!isPresent(field)) {
            errors.add(field, "必填");
            return null;
        }
        Object value = values.get(field);
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone()).toOffsetDateTime();
        }
        String text = text(field, 40, true, errors);
        if (text == null) {
            return null;
        }
        try {
            TemporalAccessor parsed = LOCAL_OR_OFFSET_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            if (!withinBusinessYears(parsed.get(ChronoField.YEAR))) {
                errors.add(field, YEARS_MESSAGE);
                return null;
            }
            return parsed instanceof LocalDateTime local ? local.atZone(zone()).toOffsetDateTime() : (OffsetDateTime) parsed;
        } catch (DateTimeParseException e) {
            errors.add(field, "日期时间格式无效：应为 ISO-8601，如 2026-12-01T10:00 或 2026-12-01T10:00+08:00");
            return null;
        }
    }

    private static boolean withinBusinessYears(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public LocalDate date(String field, boolean required, FieldErrors errors) {
        if (!isPresent(field)) {
            if (required) {
                errors.add(field, "必填");
            }
            return null;
        }
        Object value = values.get(field);
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone()).toLocalDate();
        }
        String text = text(field, 40, required, errors);
        if (text == null) {
            return null;
        }
        LocalDate date;
        if (text.length() > 10) {
            OffsetDateTime dateTime = dateTime(field, errors);
            if (dateTime == null) {
                return null; // dateTime named the field
            }
            date = dateTime.atZoneSameInstant(zone()).toLocalDate();
        } else {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                errors.add(field, "日期格式无效：应为 yyyy-MM-dd");
                return null;
            }
        }
        if (!withinBusinessYears(date.getYear())) {
            errors.add(field, YEARS_MESSAGE);
            return null;
        }
        return date;
    }

    public BigDecimal amount(String field, FieldErrors errors) {
        return amount(field, false, errors);
    }

    public BigDecimal amount(String field, boolean required, FieldErrors errors) {
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

    public Boolean flag(String field, boolean required, FieldErrors errors) {
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

    /** A yes/no form field: yes only when checked ({@code true} or the text "true"), anything else is no. */
    public boolean isTrue(String field) {
        Object value = values.get(field);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** The value's text, whatever was submitted (a number included), its surrounding blanks dropped; null when absent or blank. */
    public String optionalText(String field) {
        Object value = values.get(field);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).trim();
    }

    /** {@link #optionalText}, recording a problem when it is required and missing, or longer than {@code maxLength}. */
    public String givenText(String field, int maxLength, boolean required, FieldErrors errors) {
        String text = optionalText(field);
        if (text == null) {
            if (required) {
                errors.add(field, "必填");
            }
            return null;
        }
        if (text.length() > maxLength) {
            errors.add(field, "不能超过" + maxLength + "个字");
            return null;
        }
        return text;
    }

    /** A required constant of {@code type}, named exactly as the forms' options name it. */
    public <E extends Enum<E>> E constant(String field, Class<E> type, FieldErrors errors) {
        String text = optionalText(field);
        if (text == null) {
            errors.add(field, "必填");
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            errors.add(field, "取值无效：" + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /**
     * A whole number given as a number or its text; null when absent or blank, and null with {@code notWhole}
     * recorded for the field when it is anything else. The caller checks the range.
     */
    public Integer wholeNumber(String field, String notWhole, FieldErrors errors) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            errors.add(field, notWhole);
            return null;
        }
    }

    private ZoneId zone() {
        if (zone == null) {
            throw new IllegalStateException("Input read without a time zone cannot hold dates");
        }
        return zone;
    }
}
