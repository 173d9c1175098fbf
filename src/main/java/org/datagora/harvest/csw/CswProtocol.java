package org.datagora.harvest.csw;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.datagora.harvest.dcat.DcatMapping;
import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestProtocol;
import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.HarvestSink;
import org.datagora.harvest.protocol.RemoteFetcher;
import org.datagora.harvest.protocol.SafeXml;
import org.springframework.stereotype.Component;

/**
 * A CSW 2.0.2 catalog (GeoNetwork, pycsw) paged with GetRecords (startPosition, maxRecords, and the
 * answer's nextRecord), in ISO 19139 ({@code output_schema} "iso19139", the default) or in
 * GeoNetwork's DCAT output ("dcat", read with the DCAT adapter's mapping). Each page is streamed:
 * one record is in memory at a time.
 */
@Component
class CswProtocol implements HarvestProtocol {

	static final String CSW = "http://www.opengis.net/cat/csw/2.0.2";

	private static final Map<String, String> SCHEMAS = Map.of("iso19139", "http://www.isotc211.org/2005/gmd", "dcat",
			"http://www.w3.org/ns/dcat#");

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	static {
		// a record copied out of its page declares the namespaces it inherited
		OUTPUT.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
	}

	private final int pageSize;

	CswProtocol() {
		this(50);
	}

	CswProtocol(int pageSize) {
		this.pageSize = pageSize;
	}

	@Override
	public String code() {
		return "csw";
	}

	@Override
	public String label() {
		return "CSW (GeoNetwork, ISO 19139)";
	}

	/** Where a page stands: the records accepted so far, the next position (0: none). */
	private record Paging(int accepted, int next) {
	}

	@Override
	public void harvest(HarvestRequest request, RemoteFetcher fetcher, HarvestSink sink) {
		String schemaName = request.option("output_schema") == null ? "iso19139" : request.option("output_schema");
		String schema = SCHEMAS.get(schemaName);
		if (schema == null) {
			throw new HarvestException("Unknown output_schema \"" + schemaName + "\": iso19139 or dcat");
		}
		Paging paging = new Paging(0, 1);
		while (paging.next > 0 && (request.maxItems() == 0 || paging.accepted < request.maxItems())) {
			int budget = request.maxItems() == 0 ? 0 : request.maxItems() - paging.accepted;
			int size = budget == 0 ? pageSize : Math.min(pageSize, budget);
			try (RemoteFetcher.Response response = fetcher.post(request.url(), "application/xml",
					getRecords(paging.next, size, schema), "application/xml")) {
				Paging page = readPage(SafeXml.reader(response.body()), schemaName, response.url().toString(), sink, budget,
						paging.next);
				paging = new Paging(paging.accepted + page.accepted, page.next);
			}
		}
	}

	static String getRecords(int start, int size, String schema) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<csw:GetRecords xmlns:csw="%s" service="CSW" version="2.0.2" resultType="results" \
				startPosition="%d" maxRecords="%d" outputSchema="%s" outputFormat="application/xml">
				  <csw:Query typeNames="csw:Record"><csw:ElementSetName>full</csw:ElementSetName></csw:Query>
				</csw:GetRecords>
				""".formatted(CSW, start, size, schema);
	}

	private static Paging readPage(XMLStreamReader reader, String schema, String base, HarvestSink sink, int budget,
			int start) {
		try {
			reader.nextTag();
			if (reader.getLocalName().equals("ExceptionReport")) {
				throw new HarvestException("The CSW server answered an exception: " + XmlElement.read(reader).value().orElse(""));
			}
			if (!reader.getLocalName().equals("GetRecordsResponse") || !CSW.equals(reader.getNamespaceURI())) {
				throw new HarvestException("Not a CSW 2.0.2 GetRecords response: " + reader.getName());
			}
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("SearchResults")) {
					return readResults(reader, schema, base, sink, budget, start);
				}
			}
			throw new HarvestException("The CSW response has no csw:SearchResults");
		}
		catch (XMLStreamException e) {
			throw new HarvestException("The CSW page is not readable as XML: " + e.getMessage(), e);
		}
	}

	private static Paging readResults(XMLStreamReader reader, String schema, String base, HarvestSink sink, int budget,
			int start) throws XMLStreamException {
		int matched = number(reader, "numberOfRecordsMatched");
		int returned = number(reader, "numberOfRecordsReturned");
		int next = number(reader, "nextRecord");
		int accepted = 0;
		while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
			if (budget > 0 && accepted >= budget) {
				XmlElement.read(reader);
			}
			else if (schema.equals("dcat")) {
				accepted += DcatMapping.readRdfXml(new ByteArrayInputStream(copy(reader)), base, sink,
						budget == 0 ? 0 : budget - accepted);
			}
			else if (reader.getLocalName().equals("MD_Metadata") || reader.getLocalName().equals("MI_Metadata")) {
				accepted += IsoRecord.read(XmlElement.read(reader), sink) ? 1 : 0;
			}
			else {
				sink.failed(null, "A record is not ISO 19139 (" + reader.getName() + ")");
				XmlElement.read(reader);
			}
		}
		boolean last = returned == 0 || next <= start || next > matched;
		return new Paging(accepted, last ? 0 : next);
	}

	private static int number(XMLStreamReader reader, String attribute) {
		String value = reader.getAttributeValue(null, attribute);
		try {
			return value == null ? 0 : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			throw new HarvestException("The CSW response's " + attribute + " is not a number: " + value, e);
		}
	}

	/** The element the reader is at, as a standalone XML document, the reader left on its end tag. */
	private static byte[] copy(XMLStreamReader reader) throws XMLStreamException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out, "UTF-8");
		int depth = 0;
		while (true) {
			switch (reader.getEventType()) {
				case XMLStreamConstants.START_ELEMENT -> {
					depth++;
					writer.writeStartElement(reader.getPrefix() == null ? "" : reader.getPrefix(), reader.getLocalName(),
							reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI());
					for (int i = 0; i < reader.getNamespaceCount(); i++) {
						String prefix = reader.getNamespacePrefix(i);
						if (prefix == null || prefix.isEmpty()) {
							writer.writeDefaultNamespace(reader.getNamespaceURI(i));
						}
						else {
							writer.writeNamespace(prefix, reader.getNamespaceURI(i));
						}
					}
					for (int i = 0; i < reader.getAttributeCount(); i++) {
						String namespace = reader.getAttributeNamespace(i);
						writer.writeAttribute(reader.getAttributePrefix(i) == null ? "" : reader.getAttributePrefix(i),
								namespace == null ? "" : namespace, reader.getAttributeLocalName(i), reader.getAttributeValue(i));
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					depth--;
					writer.writeEndElement();
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> writer
					.writeCharacters(reader.getText());
				default -> {
					// comments and processing instructions are not data
				}
			}
			if (depth == 0) {
				break;
			}
			reader.next();
		}
		writer.close();
		return out.toByteArray();
	}
}
