package io.baobei.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import io.baobei.platform.validation.FieldErrors;

/** Tells "not XML" from "XML, but not DMN" before the DMN model reader gives its one schema error for both. */
final class DmnDocument {

    private DmnDocument() {
    }

    /** Well-formed XML whose root is a DMN {@code definitions}; DTDs refused (no entity tricks). */
    static boolean isDmn(byte[] xml, FieldErrors errors) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw, nothing printed
            root = builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXParseException e) {
            errors.add("dmn", "不是有效的 XML（第 " + e.getLineNumber() + " 行）：" + e.getMessage());
            return false;
        } catch (SAXException | IOException e) {
            errors.add("dmn", "不是有效的 XML：" + e.getMessage());
            return false;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        if (!"definitions".equals(root.getLocalName()) || !namespace.matches("https?://www\\.omg\\.org/spec/DMN/.*")) {
            errors.add("dmn", "不是 DMN 文件：根元素应为 DMN 的 definitions，文件中为 "
                    + (namespace.isEmpty() ? "" : "{" + namespace + "}") + root.getLocalName());
            return false;
        }
        return true;
    }
}
