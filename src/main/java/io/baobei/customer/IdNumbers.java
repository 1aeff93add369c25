package io.baobei.customer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mainland resident identity card number (居民身份证号码), 18-character form of GB 11643-1999. The legacy
 * 15-digit form is not accepted: it has no check digit, so a typo would silently become another person.
 */
public final class IdNumbers {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    // uuuu + STRICT rejects 20230229 instead of resolving it to Feb 28.
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private IdNumbers() {
    }

    public static Optional<String> normalize(String raw) {
        return normalize(raw, LocalDate.now(CHINA));
    }

    /** @param today the reference date; birth dates after it are rejected */
    public static Optional<String> normalize(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String id = MatchingText.code(raw).toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(id).matches() || !plausibleBirthDate(id.substring(6, 14), today)) {
            return Optional.empty();
        }
        if (id.charAt(17) != checkCharacter(id)) {
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private static boolean plausibleBirthDate(String yyyyMMdd, LocalDate today) {
        try {
            return !LocalDate.parse(yyyyMMdd, BIRTH_DATE).isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** ISO 7064 MOD 11-2. */
    private static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }
}
