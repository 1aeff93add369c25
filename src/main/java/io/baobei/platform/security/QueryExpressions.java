package io.baobei.platform.security;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Task queries and saved filters may name expressions ({@code assigneeExpression}, also inside
 * {@code orQueries}), and the engine evaluates them with method calls allowed: an expression there runs code on
 * the server. Only the filter expressions Tasklist's filter editor offers are let through (the current user and
 * their groups, dates relative to now); everything else that looks like an expression is refused, for every
 * caller, administrators included.
 */
final class QueryExpressions {

    /** {@code ${…}} or {@code #{…}}: what the engine's expression language would evaluate. */
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");

    private static final Pattern ALLOWED = Pattern.compile("\\$\\{(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
            + "|dateTime\\(\\)(\\.(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds)\\(-?\\d{1,6}\\))*(\\.toDate\\(\\))?)}");

    private QueryExpressions() {
    }

    /** The first forbidden expression in a JSON body (any value or field name, however deep), if any. */
    static Optional<String> in(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return forbidden(node.asText());
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                Optional<String> found = forbidden(field.getKey()).or(() -> in(field.getValue()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<String> found = in(element);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The text itself when it holds an expression other than the allowed filter expressions. */
    static Optional<String> forbidden(String text) {
        if (text == null || !EXPRESSION.matcher(text).find()) {
            return Optional.empty();
        }
        return ALLOWED.matcher(text.trim()).matches() ? Optional.empty() : Optional.of(text);
    }
}
