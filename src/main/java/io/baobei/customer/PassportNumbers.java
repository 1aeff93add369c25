package io.baobei.customer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Passport numbers of the People's Republic of China: ordinary (E/G), diplomatic (D), service (S) and
 * public-affairs (P) passports as letter + 8 digits, and newer e-passports as E + letter + 7 digits.
 */
public final class PassportNumbers {

    private static final Pattern SHAPE = Pattern.compile("[EGDSP]\\d{8}|E[A-Z]\\d{7}");

    private PassportNumbers() {
    }

    public static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String number = MatchingText.code(raw).toUpperCase(Locale.ROOT);
        return SHAPE.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }
}
