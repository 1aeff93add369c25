package io.baobei.customer;

import java.util.List;

/**
 * Matching key for company names: the same company typed with or without legal-form suffix, brackets,
 * spaces, full-width, traditional or look-alike characters yields the same key ({@link MatchingText}).
 * The key is for matching only, never for display.
 *
 * <p>分公司 (branch) is deliberately kept: a branch is registered separately with its own credit code and
 * is filed as a customer in its own right, and stripping 公司 from it would leave a dangling 分.
 *
 * <p>Suffixes are compared in folded form and across any separator (有限·公司 is 有限公司); a Latin suffix
 * must start a word, otherwise "Zinc" would lose its "inc".
 */
public final class CompanyNames {

    private static final String BRANCH = MatchingText.key("分公司");
    // Longest first: of two suffixes ending the name, the longer one is cut.
    private static final List<LegalForm> LEGAL_FORMS = List.of(
            LegalForm.chinese("股份有限公司"), LegalForm.chinese("有限责任公司"), LegalForm.chinese("集团有限公司"),
            LegalForm.chinese("有限公司"), LegalForm.chinese("集团"), LegalForm.chinese("公司"),
            LegalForm.latin("co ltd"), LegalForm.latin("ltd"), LegalForm.latin("inc"), LegalForm.latin("corporation"),
            LegalForm.latin("corp"), LegalForm.latin("company"), LegalForm.latin("limited"), LegalForm.latin("co"));

    private CompanyNames() {
    }

    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        return MatchingText.key(withoutLegalForm(MatchingText.words(raw)));
    }

    private static String withoutLegalForm(String words) {
        String current = words;
        while (!MatchingText.key(current).endsWith(BRANCH)) {
            String shortest = current;
            for (LegalForm form : LEGAL_FORMS) {
                int start = form.startIn(current);
                if (start >= 0 && start < shortest.length()) {
                    shortest = current.substring(0, start);
                }
            }
            // A name that is nothing but a legal form ("有限公司") is kept rather than matching everything.
            if (shortest.equals(current) || MatchingText.key(shortest).isEmpty()) {
                break;
            }
            current = shortest;
        }
        return current;
    }

    /** A legal-form suffix in folded form, without spaces. */
    private record LegalForm(String folded, boolean startsWord) {

        static LegalForm chinese(String suffix) {
            return new LegalForm(MatchingText.key(suffix), false);
        }

        static LegalForm latin(String suffix) {
            return new LegalForm(MatchingText.key(suffix), true);
        }

        /** Where this suffix starts in the folded words, spaces skipped; -1 when they do not end with it. */
        int startIn(String words) {
            int i = words.length();
            for (int k = folded.length(); k > 0; ) {
                while (i > 0 && words.charAt(i - 1) == ' ') {
                    i--;
                }
                int expected = folded.codePointBefore(k);
                if (i == 0 || words.codePointBefore(i) != expected) {
                    return -1;
                }
                i -= Character.charCount(expected);
                k -= Character.charCount(expected);
            }
            return !startsWord || i == 0 || !continuesWord(words.codePointBefore(i)) ? i : -1;
        }

        private static boolean continuesWord(int cp) {
            return Character.isLetterOrDigit(cp) && !Character.isIdeographic(cp);
        }
    }
}
