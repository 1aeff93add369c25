package io.baobei.platform.dmn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A rule table computes; it never executes. Decision tables are written in FEEL, which cannot call Java (the
 * engine builds its FEEL engine without external functions), while JUEL and script languages can. This finds
 * every {@code expressionLanguage} attribute of a DMN file, on any element ({@code definitions}, input
 * expressions and entries, output entries, literal expressions...), that is not FEEL.
 */
public final class FeelOnly {

    private static final String ATTRIBUTE = "expressionLanguage";

    /** The names the DMN engine itself evaluates as FEEL ({@code feel} in any case, and the FEEL namespace URIs). */
    private static final Set<String> FEEL_URIS = Set.of(
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

    private FeelOnly() {
    }

    public static boolean isFeel(String language) {
        return language != null && (FEEL_URIS.contains(language)
                || language.toLowerCase(Locale.ROOT).equals(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE));
    }

    /** The non-FEEL expressions of a DMN file in document order; a file that is not plain XML cannot be read. */
    public static List<ForeignExpression> foreignExpressions(byte[] xml) throws SAXException, IOException {
        return foreignExpressions(DmnXml.parse(xml).getDocumentElement());
    }

    public static List<ForeignExpression> foreignExpressions(Element root) {
        List<ForeignExpression> found = new ArrayList<>();
        collect(root, null, found);
        return found;
    }

    private static void collect(Element element, String decision, List<ForeignExpression> found) {
        String within = "decision".equals(element.getLocalName()) && !element.getAttribute("id").isEmpty()
                ? element.getAttribute("id") : decision;
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            // whatever its prefix: a model reader that matched the name loosely must not find a language we skipped
            if (ATTRIBUTE.equalsIgnoreCase(localName(attribute)) && !isFeel(attribute.getValue())) {
                found.add(new ForeignExpression(localName(element), element.hasAttribute("id") ? element.getAttribute("id") : null,
                        within, attribute.getValue()));
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, within, found);
            }
        }
    }

    private static String localName(Node node) {
        return node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
    }
}
