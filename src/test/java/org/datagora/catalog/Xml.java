package org.datagora.catalog;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** XML answers parsed strictly (namespaces on), for the sitemap and feed tests. */
final class Xml {

	private Xml() {
	}

	/** The root element; fails the test when the document is not well-formed. */
	static Element parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
		}
		catch (Exception e) {
			throw new AssertionError("Not well-formed XML: " + new String(xml, StandardCharsets.UTF_8), e);
		}
	}

	/** The elements named {@code name} in namespace {@code ns} under {@code parent}, at any depth. */
	static List<Element> all(Element parent, String ns, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(ns, name);
		List<Element> elements = new ArrayList<>(nodes.getLength());
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** The texts of the {@code name} elements under {@code parent}, in document order. */
	static List<String> texts(Element parent, String ns, String name) {
		return all(parent, ns, name).stream().map(Element::getTextContent).toList();
	}

	/** The text of the first {@code name} element under {@code parent}, or null. */
	static String text(Element parent, String ns, String name) {
		List<String> texts = texts(parent, ns, name);
		return texts.isEmpty() ? null : texts.get(0);
	}
}
