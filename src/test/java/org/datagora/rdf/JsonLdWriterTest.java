package org.datagora.rdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON-LD of the export reads back to the same graph, and reads as compacted JSON-LD with a context. */
class JsonLdWriterTest {

	@Test
	void writesTheGraphWithTheExportsPrefixesAsContext() {
		Graph graph = GraphFactory.createDefaultGraph();
		Node dataset = NodeFactory.createURI("https://data.example.org/datasets/1");
		Node extent = NodeFactory.createBlankNode();
		add(graph, dataset, DcatTerms.TYPE, DcatTerms.DATASET_CLASS);
		add(graph, dataset, DcatTerms.TYPE, NodeFactory.createURI("http://example.org/Other"));
		add(graph, dataset, DcatTerms.TITLE, NodeFactory.createLiteralLang("Arbres \"remarquables\"", "fr"));
		add(graph, dataset, DcatTerms.KEYWORD, NodeFactory.createLiteralString("arbres"));
		add(graph, dataset, DcatTerms.KEYWORD, NodeFactory.createLiteralString("nature"));
		add(graph, dataset, DcatTerms.MODIFIED, NodeFactory.createLiteralDT("2024-05-01T00:00:00Z", XSDDatatype.XSDdateTime));
		add(graph, dataset, DcatTerms.FORMAT, extent);
		add(graph, extent, DcatTerms.LABEL, NodeFactory.createLiteralString("Fichier maison"));
		add(graph, dataset, NodeFactory.createURI("http://example.org/vocabulary/size"),
				NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		JsonLdWriter.write(graph, DcatExport.PREFIXES, out);

		String text = out.toString(StandardCharsets.UTF_8);
		Graph back = RDFParser.fromString(text, Lang.JSONLD).toGraph();
		assertThat(IsoMatcher.isomorphic(graph, back)).as(text).isTrue();
		JsonNode json = JsonMapper.shared().readTree(text);
		assertThat(json.get("@context").get("dcat").asString()).isEqualTo(DcatTerms.DCAT);
		JsonNode node = json.get("@graph").valueStream()
			.filter(candidate -> candidate.get("@id").asString().equals("https://data.example.org/datasets/1"))
			.findFirst()
			.orElseThrow();
		assertThat(node.get("@type").valueStream().map(JsonNode::asString)).contains("dcat:Dataset");
		assertThat(node.get("dct:title").get("@language").asString()).isEqualTo("fr");
		assertThat(node.get("dct:modified").get("@type").asString()).isEqualTo("xsd:dateTime");
		assertThat(node.get("http://example.org/vocabulary/size")).isNotNull();
	}

	@Test
	void aLinkThatLooksLikeACompactIriKeepsItsIri() {
		Graph graph = GraphFactory.createDefaultGraph();
		Node distribution = NodeFactory.createURI("https://data.example.org/datasets/1#resource-1");
		add(graph, distribution, DcatTerms.ACCESS_URL, NodeFactory.createURI("dct:not-a-term"));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		JsonLdWriter.write(graph, DcatExport.PREFIXES, out);

		Graph back = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.JSONLD).toGraph();
		assertThat(IsoMatcher.isomorphic(graph, back)).as(out.toString(StandardCharsets.UTF_8)).isTrue();
	}

	private static void add(Graph graph, Node subject, Node property, Node object) {
		graph.add(Triple.create(subject, property, object));
	}
}
