package io.baobei.customer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching key for company names: the same company typed with or without legal-form suffix, brackets,
 * spaces or full-width characters yields the same key. The key is for matching only, never for display.
 *
 * <p>分公司 (branch) is deliberately kept: a branch is registered separately with its own credit code and
 * is filed as a customer in its own right, and stripping 公司 from it would leave a dangling 分.
 */
public final class CompanyNames {

    private static final Pattern BRACKETS = Pattern.compile("[()\\[\\]（）【】〔〕［］]");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,，。、]+$");
    private static final String BRANCH = "分公司";
    // Leftmost match wins, so the longest Chinese suffix is cut first; latin suffixes must start a word,
    // otherwise "Zinc" would lose its "inc".
    private static final Pattern LEGAL_FORM_SUFFIX = Pattern.compile(
            "(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团|公司"
                    + "|(?<![a-z0-9])(?:co\\.?\\s*,?\\s*ltd\\.?|ltd\\.?|inc\\.?|corporation|corp\\.?|company|limited|co\\.?))"
                    + "$");

    private CompanyNames() {
    }

    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String name = TextForms.halfWidth(raw).toLowerCase(Locale.ROOT);
        name = TextForms.collapseWhitespace(BRACKETS.matcher(name).replaceAll(""));
        return TextForms.withoutWhitespace(withoutLegalForm(name));
    }

    private static String withoutLegalForm(String name) {
        String current = stripTrailingPunctuation(name);
        while (!current.endsWith(BRANCH)) {
            Matcher suffix = LEGAL_FORM_SUFFIX.matcher(current);
            if (!suffix.find()) {
                break;
            }
            String shorter = stripTrailingPunctuation(current.substring(0, suffix.start()));
            if (shorter.isEmpty()) {
                // A name that is nothing but a legal form ("有限公司") is kept rather than matching everything.
                break;
            }
            current = shorter;
        }
        return current;
    }

    private static String stripTrailingPunctuation(String s) {
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("");
    }
}
