package io.baobei.customer;

/**
 * Display masks for personal data. Every method hides at least one character of non-empty input, so a
 * mask can never reproduce the full value. Lengths are counted in code points, not UTF-16 units.
 */
public final class Masking {

    private static final String ADDRESS_TAIL = "****";
    private static final int ADDRESS_VISIBLE = 6;

    private Masking() {
    }

    /** {@code 13812348000 → 138****8000}, {@code 01087654321 → 010****4321}; unrecognised input keeps its last 2. */
    public static String phone(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String digits = PhoneNumbers.normalize(value).orElse(null);
        if (digits == null) {
            return allButLast(TextForms.withoutWhitespace(value), 2);
        }
        return keepEnds(digits, 3, 4);
    }

    /** {@code 张三丰 → 张**}, {@code 欧阳娜娜 → 欧***}, {@code Alice → A****}. */
    public static String name(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String name = value.strip();
        int length = name.codePointCount(0, name.length());
        if (length <= 1) {
            return "*";
        }
        return prefix(name, 1) + "*".repeat(length - 1);
    }

    /** {@code 11010519491231002X → 110***********002X}; other lengths keep only their last 2. */
    public static String idNumber(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String id = TextForms.withoutWhitespace(value);
        if (id.codePointCount(0, id.length()) == 18) {
            return keepEnds(id, 3, 4);
        }
        return allButLast(id, 2);
    }

    /** First 6 characters + {@code ****}, but never more than half of the address. */
    public static String address(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String address = value.strip();
        int visible = Math.min(ADDRESS_VISIBLE, address.codePointCount(0, address.length()) / 2);
        return prefix(address, visible) + ADDRESS_TAIL;
    }

    /** First character + {@code **}. */
    public static String generic(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String s = value.strip();
        if (s.codePointCount(0, s.length()) <= 1) {
            return "*";
        }
        return prefix(s, 1) + "**";
    }

    /** Length-preserving: keeps {@code head} and {@code tail} characters and stars the middle. */
    private static String keepEnds(String s, int head, int tail) {
        int length = s.codePointCount(0, s.length());
        if (length <= head + tail) {
            return allButLast(s, 2);
        }
        return prefix(s, head) + "*".repeat(length - head - tail) + suffix(s, tail);
    }

    private static String allButLast(String s, int tail) {
        int length = s.codePointCount(0, s.length());
        if (length <= tail) {
            return "*".repeat(Math.max(1, length));
        }
        return "*".repeat(length - tail) + suffix(s, tail);
    }

    private static String prefix(String s, int codePoints) {
        return s.substring(0, s.offsetByCodePoints(0, codePoints));
    }

    private static String suffix(String s, int codePoints) {
        return s.substring(s.offsetByCodePoints(s.length(), -codePoints));
    }
}
