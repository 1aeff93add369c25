package io.baobei.customer;

import java.util.regex.Pattern;

/** Whitespace removal for display masks; matching keys are folded by {@link MatchingText}. */
final class TextForms {

    // Java's \s is ASCII-only; names pasted from Word or web pages carry NBSP, ideographic and zero-width spaces.
    private static final Pattern WHITESPACE = Pattern.compile("[\\p{IsWhite_Space}\\u200B\\u200C\\u200D\\u2060\\uFEFF]+");

    private TextForms() {
    }

    static String withoutWhitespace(String s) {
        return WHITESPACE.matcher(s).replaceAll("");
    }
}
