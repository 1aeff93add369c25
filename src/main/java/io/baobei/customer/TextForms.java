package io.baobei.customer;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Shared first step of every normaliser: full-width to half-width and whitespace removal. */
final class TextForms {

    // Java's \s is ASCII-only; names pasted from Word or web pages carry NBSP, ideographic and zero-width spaces.
    private static final Pattern WHITESPACE = Pattern.compile("[\\p{IsWhite_Space}\\u200B\\u200C\\u200D\\u2060\\uFEFF]+");

    private TextForms() {
    }

    /** NFKC folds full-width digits, letters and ＋－（） into their ASCII forms. */
    static String halfWidth(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }

    static String withoutWhitespace(String s) {
        return WHITESPACE.matcher(s).replaceAll("");
    }

    static String collapseWhitespace(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
}
