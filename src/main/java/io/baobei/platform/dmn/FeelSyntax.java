package io.baobei.platform.dmn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.feel.api.FailedParseResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Parses, without evaluating, every expression of a FEEL decision table with the FEEL engine the DMN engine
 * uses: input expressions and output entries as expressions, input entries as unary tests, and literal
 * expressions. Empty entries (any input, no output) and {@code -} are allowed. A table that does not parse
 * would be deployed and then fail every evaluation.
 */
public final class FeelSyntax {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    /** The engine's failure message ends with {@code :line:column, found "..."}; only the position is kept. */
    private static final Pattern POSITION = Pattern.compile(":(\\d+):(\\d+), found ");

    private FeelSyntax() {
    }

    /** The expressions of {@code root}'s decisions that are not valid FEEL, in document order. */
    public static List<InvalidFeel> invalidExpressions(Element root) {
        List<InvalidFeel> found = new ArrayList<>();
        for (Element decision : children(root, "decision")) {
            String decisionId = decision.getAttribute("id");
            for (Element table : children(decision, "decisionTable")) {
                checkTable(decisionId, table, found);
            }
            for (Element literal : children(decision, "literalExpression")) {
                check(text(literal), false, new InvalidFeel(decisionId, null, null, "literalExpression", id(literal), null), found);
            }
        }
        return found;
    }

    private static void checkTable(String decision, Element table, List<InvalidFeel> found) {
        List<Element> inputs = children(table, "input");
        List<Element> outputs = children(table, "output");
        for (Element input : inputs) {
            for (Element expression : children(input, "inputExpression")) {
                String text = text(expression);
                InvalidFeel where = new InvalidFeel(decision, null, column(input), "inputExpression", id(expression), null);
                if (text == null || text.isBlank()) {
                    found.add(where.at("empty"));
                } else {
                    check(text, false, where, found);
                }
            }
        }
        List<Element> rules = children(table, "rule");
        for (int r = 0; r < rules.size(); r++) {
            Element rule = rules.get(r);
            String ruleName = "rule " + (r + 1) + (id(rule) == null ? "" : " \"" + id(rule) + "\"");
            List<Element> inputEntries = children(rule, "inputEntry");
            for (int i = 0; i < inputEntries.size(); i++) {
                Element entry = inputEntries.get(i);
                check(text(entry), true, new InvalidFeel(decision, ruleName, i < inputs.size() ? column(inputs.get(i)) : null,
                        "inputEntry", id(entry), null), found);
            }
            List<Element> outputEntries = children(rule, "outputEntry");
            for (int o = 0; o < outputEntries.size(); o++) {
                Element entry = outputEntries.get(o);
                check(text(entry), false, new InvalidFeel(decision, ruleName, o < outputs.size() ? column(outputs.get(o)) : null,
                        "outputEntry", id(entry), null), found);
            }
        }
    }

    private static void check(String text, boolean unaryTests, InvalidFeel where, List<InvalidFeel> found) {
        if (text == null || text.isBlank()) {
            return; // an empty input entry matches anything, an empty output entry gives no value
        }
        ParseResult parsed = unaryTests ? FEEL.parseUnaryTests(text) : FEEL.parseExpression(text);
        if (parsed instanceof FailedParseResult failed) {
            found.add(where.at(position(failed.failure().message())));
        }
    }

    private static String position(String message) {
        Matcher matcher = message == null ? null : POSITION.matcher(message);
        return matcher != null && matcher.find() ? "line " + matcher.group(1) + ", column " + matcher.group(2) : "unknown position";
    }

    /** A column by its output name or input id (labels are free text a reader need not see in a refusal). */
    private static String column(Element column) {
        String name = column.getAttribute("name");
        if (!name.isEmpty()) {
            return "\"" + name + "\"";
        }
        return id(column) == null ? null : "\"" + id(column) + "\"";
    }

    private static String text(Element element) {
        List<Element> texts = children(element, "text");
        return texts.isEmpty() ? null : texts.get(0).getTextContent();
    }

    private static String id(Element element) {
        return element.hasAttribute("id") ? element.getAttribute("id") : null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }
}
