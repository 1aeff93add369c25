package io.baobei.customer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Canonical form of Chinese phone numbers: mobiles as 11 digits {@code 1[3-9]xxxxxxxxx}, landlines as
 * trunk {@code 0} + area code + local number (10–12 digits). Extensions and foreign numbers are rejected.
 * Digits of any width or script, separators, punctuation and invisible characters are read through
 * ({@link MatchingText#code}).
 */
public final class PhoneNumbers {

    private static final Pattern DIGITS_WITH_OPTIONAL_PLUS = Pattern.compile("\\+?\\d+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    // Two-digit area codes are 10 (Beijing) and 2x (Shanghai, Tianjin, Chongqing, Guangzhou, ...); all others have three.
    private static final Pattern LANDLINE = Pattern.compile("0(?:10|2\\d|[3-9]\\d{2})\\d{7,8}");

    private PhoneNumbers() {
    }

    public static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String compact = MatchingText.code(raw);
        if (!DIGITS_WITH_OPTIONAL_PLUS.matcher(compact).matches()) {
            return Optional.empty();
        }
        if (compact.startsWith("+86")) {
            return national(compact.substring(3));
        }
        if (compact.startsWith("+")) {
            return Optional.empty();
        }
        if (compact.startsWith("0086")) {
            return national(compact.substring(4));
        }
        Optional<String> domestic = domestic(compact);
        // A bare "86" can only be a country code: no valid domestic number starts with 8.
        if (domestic.isEmpty() && compact.startsWith("86")) {
            return national(compact.substring(2));
        }
        return domestic;
    }

    /** After a country code the trunk 0 of a landline is usually dropped ({@code +86 10 ...}). */
    private static Optional<String> national(String number) {
        return domestic(number).or(() -> domestic("0" + number));
    }

    private static Optional<String> domestic(String digits) {
        if (MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()) {
            return Optional.of(digits);
        }
        return Optional.empty();
    }
}
