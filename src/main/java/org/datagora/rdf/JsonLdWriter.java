package org.datagora.rdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A graph as JSON-LD 1.1 in the shape compaction gives, without running the compaction algorithm:
 * the export's prefixes as the {@code @context}, one node object a subject, properties and classes as
 * compact IRIs ({@code dct:title}), strings as JSON strings, other literals as value objects. Jena's
 * JSONLD11 writer runs Titanium's fromRdf and compaction for the same shape at about five times the
 * cost of Turtle (p99 38 ms at 4 connections for one dataset); its cheaper variants leave out the
 * context and write expanded full IRIs. This reads back to the same graph (JsonLdWriterTest).
 */
final class JsonLdWriter {

	private static final ObjectWriter JSON = JsonMapper.shared()
		.writerWithDefaultPrettyPrinter()
		.without(StreamWriteFeature.AUTO_CLOSE_TARGET);

	private static final String TYPE = "@type";

	private JsonLdWriter() {
	}

	static void write(Graph graph, PrefixMap prefixes, OutputStream out) {
		if (graph.stream().anyMatch(triple -> readAsCompact(triple.getSubject(), prefixes)
				|| readAsCompact(triple.getObject(), prefixes))) {
			// Titanium's compaction writes such a link as it is too, and it reads back as another IRI:
			// the expanded form, without a context, keeps it
			RDFWriter.source(graph).format(RDFFormat.JSONLD11_PLAIN).output(out);
			return;
		}
		// subject, then property (or @type for classes), then values, in the graph's order
		Map<Node, Map<String, List<Node>>> subjects = new LinkedHashMap<>();
		graph.find().forEachRemaining(triple -> subjects.computeIfAbsent(triple.getSubject(), s -> new LinkedHashMap<>())
			.computeIfAbsent(key(triple, prefixes), key -> new ArrayList<>())
			.add(triple.getObject()));
		Map<Node, String> blanks = new HashMap<>();
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeName("@context");
			json.writeStartObject();
			new TreeMap<>(prefixes.getMapping()).forEach(json::writeStringProperty);
			json.writeEndObject();
			json.writeName("@graph");
			json.writeStartArray();
			subjects.forEach((subject, properties) -> {
				json.writeStartObject();
				json.writeStringProperty("@id", id(subject, blanks));
				properties.forEach((key, values) -> {
					json.writeName(key);
					if (values.size() > 1) {
						json.writeStartArray();
					}
					for (Node value : values) {
						if (key.equals(TYPE)) {
							json.writeString(compact(value.getURI(), prefixes));
						}
						else {
							value(json, value, prefixes, blanks);
						}
					}
					if (values.size() > 1) {
						json.writeEndArray();
					}
				});
				json.writeEndObject();
			});
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	/** rdf:type to a class is {@code @type}; any other property its compact IRI. */
	private static String key(Triple triple, PrefixMap prefixes) {
		if (triple.getPredicate().equals(DcatTerms.TYPE) && triple.getObject().isURI()) {
			return TYPE;
		}
		return compact(triple.getPredicate().getURI(), prefixes);
	}

	private static void value(JsonGenerator json, Node value, PrefixMap prefixes, Map<Node, String> blanks) {
		if (!value.isLiteral()) {
			json.writeStartObject();
			json.writeStringProperty("@id", id(value, blanks));
			json.writeEndObject();
			return;
		}
		String language = value.getLiteralLanguage();
		String datatype = value.getLiteralDatatypeURI();
		if (language.isEmpty() && XSDDatatype.XSDstring.getURI().equals(datatype)) {
			json.writeString(value.getLiteralLexicalForm());
			return;
		}
		json.writeStartObject();
		json.writeStringProperty("@value", value.getLiteralLexicalForm());
		if (!language.isEmpty()) {
			json.writeStringProperty("@language", language);
		}
		else {
			json.writeStringProperty(TYPE, compact(datatype, prefixes));
		}
		json.writeEndObject();
	}

	/** An IRI as itself (document-relative forms are not worth the risk), a blank node by a label of this document. */
	private static String id(Node node, Map<Node, String> blanks) {
		return node.isURI() ? node.getURI() : blanks.computeIfAbsent(node, blank -> "_:b" + blanks.size());
	}

	/**
	 * Whether an IRI written whole would be read back as a compact IRI of the context: a harvested
	 * link such as {@code dct:x} (any scheme is a valid IRI) would expand to another IRI.
	 */
	private static boolean readAsCompact(Node node, PrefixMap prefixes) {
		if (!node.isURI()) {
			return false;
		}
		String iri = node.getURI();
		int colon = iri.indexOf(':');
		return prefixes.containsPrefix(iri.substring(0, colon)) && !iri.startsWith("//", colon + 1);
	}

	private static String compact(String iri, PrefixMap prefixes) {
		String compact = prefixes.abbreviate(iri);
		return compact == null ? iri : compact;
	}
}
