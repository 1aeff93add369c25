package io.baobei.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variable names an input expression reads, e.g. {@code secondFollowUpScore - firstFollowUpScore}
 * reads both scores. Good enough for the names of CONTRACT.md (plain identifiers): string literals,
 * keywords, function calls and property accesses ({@code x.y}: only {@code x}) are left out.
 */
final class ExpressionNames {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.$])([A-Za-z_][A-Za-z0-9_]*)(?!\\s*\\()");
    private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "and", "or", "not", "if", "then",
            "else", "for", "in", "return", "some", "every", "satisfies", "instance", "of", "between", "function",
            "empty", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod");

    private ExpressionNames() {
    }

    static Set<String> of(String expression) {
        Set<String> names = new LinkedHashSet<>();
        if (expression == null) {
            return names;
        }
        Matcher matcher = NAME.matcher(STRING_LITERAL.matcher(expression).replaceAll(" "));
        while (matcher.find()) {
            if (!KEYWORDS.contains(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** {@code customerStage}, as opposed to an expression over one or more variables. */
    static boolean isBareName(String expression) {
        return expression != null && BARE_NAME.matcher(expression.trim()).matches()
                && !KEYWORDS.contains(expression.trim());
    }
}
