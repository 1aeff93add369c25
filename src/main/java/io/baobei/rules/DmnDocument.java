package io.baobei.rules;

import java.io.IOException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import io.baobei.platform.dmn.DmnXml;
import io.baobei.platform.validation.FieldErrors;

/** Tells "not XML" from "XML, but not DMN" before the DMN model reader gives its one schema error for both. */
final class DmnDocument {

    private DmnDocument() {
    }

    /** The root of well-formed XML that is a DMN {@code definitions} (DTDs refused: no entity tricks); null after an error. */
    static Element dmnRoot(byte[] xml, FieldErrors errors) {
        Element root;
        try {
            root = DmnXml.parse(xml).getDocumentElement();
        } catch (SAXParseException e) {
            errors.add("dmn", "不是有效的 XML（第 " + e.getLineNumber() + " 行）：" + e.getMessage());
            return null;
        } catch (SAXException | IOException e) {
            errors.add("dmn", "不是有效的 XML：" + e.getMessage());
            return null;
        }
        String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        if (!DmnXml.isDmnDefinitions(root)) {
            errors.add("dmn", "不是 DMN 文件：根元素应为 DMN 的 definitions，文件中为 "
                    + (namespace.isEmpty() ? "" : "{" + namespace + "}") + root.getLocalName());
            return null;
        }
        return root;
    }
}
