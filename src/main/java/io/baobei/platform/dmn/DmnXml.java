package io.baobei.platform.dmn;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads a model file as plain XML: namespace aware, DTDs refused (no entity tricks), nothing printed on errors. */
public final class DmnXml {

    private DmnXml() {
    }

    public static Document parse(byte[] xml) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw, nothing printed
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DMN {@code definitions} element, of any DMN version's namespace (a BPMN file named .dmn is not). */
    public static boolean isDmnDefinitions(Element root) {
        String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        return "definitions".equals(root.getLocalName()) && namespace.matches("https?://www\\.omg\\.org/spec/DMN/.*");
    }
}
