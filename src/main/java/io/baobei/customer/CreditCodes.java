package io.baobei.customer;

import java.util.Locale;
import java.util.Optional;

/** Unified social credit code (统一社会信用代码), GB 32100-2015. */
public final class CreditCodes {

    // I, O, S, V and Z are excluded by the standard to avoid confusion with digits.
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    private CreditCodes() {
    }

    public static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String code = MatchingText.code(raw).toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !inCharset(code) || code.charAt(LENGTH - 1) != checkCharacter(code)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    private static boolean inCharset(String code) {
        return code.chars().allMatch(c -> CHARSET.indexOf(c) >= 0);
    }

    private static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
