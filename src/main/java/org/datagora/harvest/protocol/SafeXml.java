package org.datagora.harvest.protocol;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming XML readers that cannot be turned against the portal: no DTD, so no external entity
 * (XXE) and no entity expansion (billion laughs); a document declaring one fails to parse.
 */
public final class SafeXml {

	private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

	static {
		FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		FACTORY.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
	}

	private SafeXml() {
	}

	public static XMLStreamReader reader(InputStream in) {
		try {
			return FACTORY.createXMLStreamReader(in);
		}
		catch (XMLStreamException e) {
			throw new HarvestException("Not readable as XML: " + e.getMessage(), e);
		}
	}
}
