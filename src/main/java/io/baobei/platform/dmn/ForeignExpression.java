package io.baobei.platform.dmn;

/**
 * An element of a DMN file that names an expression language other than FEEL, e.g. an {@code outputEntry}
 * with {@code expressionLanguage="juel"}; {@code id} and {@code decision} are null where the file has none.
 */
public record ForeignExpression(String element, String id, String decision, String language) {

    /** {@code outputEntry "o1" of decision "protection-period": expressionLanguage="juel"}. */
    public String describe() {
        return element + (id == null ? "" : " \"" + id + "\"") + (decision == null ? "" : " of decision \"" + decision + "\"")
                + ": expressionLanguage=\"" + language + "\"";
    }
}
