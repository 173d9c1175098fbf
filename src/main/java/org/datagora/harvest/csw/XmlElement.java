package org.datagora.harvest.csw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One record of a CSW page as a small tree, read from the stream and dropped once mapped. Paths
 * are local names ("*" for any), since ISO 19139 records mix gmd, gco, gmx, gml and srv prefixes
 * and versions.
 */
record XmlElement(String name, Map<String, String> attributes, StringBuilder text, List<XmlElement> children) {

	/** Reads the element the reader is at, to its end, leaving the reader on its end tag. */
	static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
		Map<String, String> attributes = new HashMap<>();
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
		}
		XmlElement element = new XmlElement(reader.getLocalName(), attributes, new StringBuilder(), new ArrayList<>());
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				element.children.add(read(reader));
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				element.text.append(reader.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
		}
		return element;
	}

	/** Every element at the end of the path of local names. */
	Stream<XmlElement> all(String path) {
		Stream<XmlElement> current = Stream.of(this);
		for (String step : path.split("/")) {
			current = current.flatMap(element -> element.children.stream())
				.filter(child -> step.equals("*") || child.name.equals(step));
		}
		return current;
	}

	Optional<XmlElement> first(String path) {
		return all(path).findFirst();
	}

	/** The text of this element or, for a wrapper (gco:CharacterString, gmx:Anchor, gco:Decimal ...), of its child. */
	Optional<String> value() {
		String own = text.toString().strip();
		if (!own.isEmpty()) {
			return Optional.of(own);
		}
		return children.stream().map(XmlElement::value).flatMap(Optional::stream).findFirst();
	}

	Optional<String> value(String path) {
		return all(path).map(XmlElement::value).flatMap(Optional::stream).findFirst();
	}

	List<String> values(String path) {
		return all(path).map(XmlElement::value).flatMap(Optional::stream).distinct().toList();
	}

	Optional<String> attribute(String name) {
		return Optional.ofNullable(attributes.get(name)).map(String::strip).filter(value -> !value.isEmpty());
	}
}
