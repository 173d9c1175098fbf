package org.datagora.rdf;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DCAT-AP export as a harvester meets it: the same graph in every syntax, content negotiation,
 * Hydra paging with filters and modified_since, the streamed dump, nothing private or deleted, a
 * clean SHACL report, and our own DCAT harvester reading it back field for field.
 */
class DcatExportTest extends PortalTest {

	private static final String DCAT = DcatTerms.DCAT;

	private static final String DCT = DcatTerms.DCT;

	@Autowired
	JdbcClient jdbc;

	private record Catalog(ApiClient admin, String organization, String organizationId, String open, String openId,
			String hidden, String tag) {
	}

	private Catalog catalog() {
		ApiClient admin = newUser("Dcat");
		String tag = "dcat-" + System.nanoTime();
		JsonNode organization = admin.post("/api/1/organizations/", organization("Métropole " + tag)).json();
		Map<String, Object> dataset = new HashMap<>();
		dataset.put("title", "Stations de vélos " + tag);
		dataset.put("description", "Les stations, **mises à jour** chaque nuit.\n\n<script>alert(1)</script>");
		dataset.put("tags", List.of(tag, "vélo"));
		dataset.put("themes", List.of("TRAN", "REGI"));
		dataset.put("license", "odc-odbl");
		dataset.put("frequency", "DAILY");
		dataset.put("temporal_coverage", Map.of("start", "2020-01-01", "end", "2024-12-31"));
		dataset.put("spatial", Map.of("zones", List.of("fr:commune:69123"), "bbox", List.of(4.77, 45.70, 4.90, 45.81)));
		dataset.put("contact_point", Map.of("name", "Service mobilité", "email", "mobilite@example.org"));
		dataset.put("organization", organization.get("slug").asString());
		JsonNode open = admin.post("/api/1/datasets/", dataset).json();
		String slug = open.get("slug").asString();
		ApiClient.Response uploaded = admin.upload("/api/1/datasets/" + slug + "/upload/", "stations.csv",
				"id;nom\n1;Bellecour\n2;Part-Dieu\n".getBytes(StandardCharsets.UTF_8), "title", "Stations (CSV)");
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
		admin.post("/api/1/datasets/" + slug + "/resources/", Map.of("title", "Stations (API)", "url",
				"https://api.example.org/stations?format=json", "format", "json", "type", "api", "schema",
				Map.of("name", "etalab/schema-stationnement-cyclable", "version", "1.0.0", "url",
						"https://schema.data.gouv.fr/schemas/etalab/schema-stationnement-cyclable/1.0.0/schema.json")));
		dataset.put("title", "Brouillon " + tag);
		dataset.put("private", true);
		String hidden = admin.post("/api/1/datasets/", dataset).json().get("slug").asString();
		awaitSearchable();
		return new Catalog(admin, organization.get("slug").asString(), organization.get("id").asString(), slug,
				open.get("id").asString(), hidden, tag);
	}

	@Test
	void aDatasetIsTheSameGraphInEverySyntaxAndByContentNegotiation() {
		Catalog catalog = catalog();
		ApiClient.Response first = anonymous.get("/datasets/" + catalog.open() + ".ttl");
		Graph turtle = parse(first, Lang.TURTLE);
		// a harvester asking again with the tag gets nothing new to read
		assertThat(anonymous.get("/datasets/" + catalog.open() + ".ttl", "If-None-Match", first.header("ETag")).status())
			.isEqualTo(304);
		for (var syntax : Map.of("rdf", Lang.RDFXML, "jsonld", Lang.JSONLD, "nt", Lang.NTRIPLES).entrySet()) {
			Graph other = parse(anonymous.get("/datasets/" + catalog.open() + "." + syntax.getKey()), syntax.getValue());
			assertThat(IsoMatcher.isomorphic(turtle, other)).as(syntax.getKey()).isTrue();
		}
		Model model = ModelFactory.createModelForGraph(turtle);
		var dataset = model.listSubjectsWithProperty(model.createProperty(DCT, "identifier"), catalog.openId()).next();
		assertThat(dataset.getURI()).endsWith("/datasets/" + catalog.openId());
		assertThat(dataset.getProperty(model.createProperty(DCT, "title")).getString()).startsWith("Stations de vélos");
		assertThat(dataset.getProperty(model.createProperty(DCT, "title")).getLanguage()).isEqualTo("fr");
		assertThat(dataset.getProperty(model.createProperty(DCT, "accrualPeriodicity")).getResource().getURI())
			.isEqualTo("http://publications.europa.eu/resource/authority/frequency/DAILY");
		assertThat(dataset.getProperty(model.createProperty(DCT, "publisher")).getResource()
			.getProperty(model.createProperty("http://xmlns.com/foaf/0.1/", "name")).getString())
			.isEqualTo("Métropole " + catalog.tag());
		List<String> spatial = dataset.listProperties(model.createProperty(DCT, "spatial")).toList().stream()
			.map(statement -> statement.getResource().hasProperty(model.createProperty(DCAT, "bbox"))
					? statement.getResource().getProperty(model.createProperty(DCAT, "bbox")).getString()
					: statement.getResource().getURI())
			.toList();
		assertThat(spatial).anyMatch(value -> value.endsWith("/api/1/spatial/zones/fr:commune:69123"))
			.anyMatch(value -> value.startsWith("POLYGON((4.77 45.7, 4.9 45.7"));
		var distributions = dataset.listProperties(model.createProperty(DCAT, "distribution")).toList();
		assertThat(distributions).hasSize(2);
		String links = turtle.find().toList().toString();
		assertThat(links).contains("http://opendatacommons.org/licenses/odbl/1-0/".replace("http:", "https:"))
			.contains("spdx.org/rdf/terms#checksumAlgorithm_sha256");

		ApiClient.Response negotiated = anonymous.get("/datasets/" + catalog.open(), "Accept",
				"application/ld+json, text/html;q=0.5");
		assertThat(negotiated.status()).isEqualTo(303);
		assertThat(negotiated.header("Vary")).contains("Accept");
		assertThat(negotiated.header("Location")).isEqualTo("/datasets/" + catalog.open() + ".jsonld");
		ApiClient.Response jsonLd = anonymous.get(negotiated.header("Location"), "Accept", "application/ld+json");
		assertThat(jsonLd.header("Content-Type")).startsWith("application/ld+json");
		assertThat(IsoMatcher.isomorphic(turtle, parse(jsonLd, Lang.JSONLD))).isTrue();
		ApiClient.Response page = anonymous.get("/datasets/" + catalog.open(), "Accept",
				"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.text()).contains("Stations de vélos")
			.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/datasets/" + catalog.open() + ".ttl\"");
	}

	@Test
	void unknownFormatsPrivateAndDeletedDatasetsAreRefusedClearly() {
		Catalog catalog = catalog();
		ApiClient.Response unknown = anonymous.get("/datasets/" + catalog.open() + ".xlsx");
		assertThat(unknown.status()).isEqualTo(406);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unknown.json().get("detail").asString()).contains("ttl, rdf, jsonld, nt");
		assertThat(anonymous.get("/catalog/dump.jsonld").status()).isEqualTo(406);
		assertThat(anonymous.get("/catalog.csv").status()).isEqualTo(406);

		assertThat(anonymous.get("/datasets/" + catalog.hidden() + ".ttl").status()).isEqualTo(404);
		// not even for its owner: an export is public
		assertThat(catalog.admin().get("/datasets/" + catalog.hidden() + ".ttl").status()).isEqualTo(404);
		assertThat(catalog.admin().delete("/api/1/datasets/" + catalog.open()).status()).isEqualTo(204);
		awaitSearchable();
		assertThat(anonymous.get("/datasets/" + catalog.open() + ".nt").status()).isEqualTo(404);
		assertThat(datasetsOf(walk("/organizations/" + catalog.organization() + "/catalog.ttl"))).isEmpty();
		String dump = anonymous.get("/catalog/dump.nt").text();
		assertThat(dump).doesNotContain(catalog.tag());
		// each dataset's statements come together, so that Turtle writes the dataset once
		List<String> lines = List.of(dump.split("\n"));
		List<String> datasets = lines.stream()
			.filter(line -> line.contains(" <" + DcatTerms.RDF + "type> <" + DCAT + "Dataset> "))
			.map(line -> line.substring(0, line.indexOf(' ') + 1))
			.toList();
		assertThat(datasets).isNotEmpty();
		for (String subject : datasets) {
			int first = lines.indexOf(lines.stream().filter(line -> line.startsWith(subject)).findFirst().orElseThrow());
			long count = lines.stream().filter(line -> line.startsWith(subject)).count();
			assertThat(lines.subList(first, (int) (first + count))).as(subject).allMatch(line -> line.startsWith(subject));
		}
		assertThat(anonymous.get("/catalog.ttl?modified_since=yesterday").status()).isEqualTo(400);
	}

	@Test
	void theCatalogIsWalkedPageByPageWithFiltersAndModifiedSinceAndDumpedWhole() {
		Catalog catalog = catalog();
		for (int i = 0; i < 4; i++) {
			catalog.admin().post("/api/1/datasets/", Map.of("title", "Comptages " + i + " " + catalog.tag(),
					"description", "Comptages de vélos.", "organization", catalog.organization(), "tags",
					List.of(catalog.tag())));
		}
		awaitSearchable();
		String base = "/organizations/" + catalog.organization() + "/catalog.ttl?page_size=2";
		List<Graph> pages = walk(base);
		assertThat(pages).hasSize(3);
		assertThat(datasetsOf(pages)).hasSize(5).doesNotHaveDuplicates();
		// a filter of the search API, through every page
		assertThat(datasetsOf(walk("/catalog.nt?page_size=2&tag=" + catalog.tag() + "&theme=TRAN"))).hasSize(1);
		assertThat(datasetsOf(walk(base + "&modified_since=2000-01-01"))).hasSize(5);
		assertThat(datasetsOf(walk(base + "&modified_since=2999-01-01T00:00:00Z"))).isEmpty();

		// numbered pages: first, next, last; a page past the end is empty, not an error
		Graph second = parse(anonymous.get(base + "&page=2"), Lang.TURTLE);
		assertThat(objectOf(second, "next")).endsWith("page=3");
		assertThat(objectOf(second, "last")).endsWith("page=3");
		assertThat(objectOf(second, "previous")).endsWith("page=1");
		ApiClient.Response past = anonymous.get(base + "&page=500000");
		assertThat(past.status()).isEqualTo(200);
		assertThat(datasetsOf(List.of(parse(past, Lang.TURTLE)))).isEmpty();

		ApiClient.Response negotiated = anonymous.get("/organizations/" + catalog.organization() + "/catalog?page_size=10",
				"Accept", "text/turtle");
		assertThat(negotiated.header("Location")).isEqualTo("/organizations/" + catalog.organization()
				+ "/catalog.ttl?page_size=10");
		assertThat(datasetsOf(List.of(parse(anonymous.get(negotiated.header("Location")), Lang.TURTLE)))).hasSize(5);

		// people asking for /catalog get the page that explains how to harvest
		assertThat(anonymous.get("/catalog", "Accept", "text/html").text()).contains("Moissonner ce portail",
				"/catalog/dump.ttl");

		Graph dump = parse(anonymous.get("/catalog/dump.ttl"), Lang.TURTLE);
		Set<String> dumped = new HashSet<>(datasetsOf(List.of(dump)));
		assertThat(dumped).containsAll(datasetsOf(pages));
		assertThat(dump.find().toList().toString()).doesNotContain("Brouillon " + catalog.tag());
	}

	@Test
	void theValidationReportNamesWhatAHighValueDatasetLacks() {
		Catalog catalog = catalog();
		JsonNode report = anonymous.get("/api/1/datasets/" + catalog.openId() + "/dcat-validation").json();
		assertThat(report.get("violations")).as(report.toString()).isEmpty();
		assertThat(report.get("conforms").asBoolean()).isTrue();

		ApiClient siteAdmin = newSiteAdmin();
		assertThat(siteAdmin.put("/api/1/datasets/" + catalog.open(), Map.of("badges", List.of("hvd"))).status())
			.isEqualTo(200);
		JsonNode hvd = anonymous.get("/api/1/datasets/" + catalog.openId() + "/dcat-validation").json();
		assertThat(hvd.get("hvd").asBoolean()).isTrue();
		assertThat(anonymous.get("/datasets/" + catalog.open() + "/dcat-ap").text()).contains("dcatap:hvdCategory");
		assertThat(hvd.get("violations").findValuesAsString("path")).contains("dcatap:hvdCategory");
		assertThat(hvd.get("violations").findValuesAsString("rules")).containsOnly("hvd");
		// the publisher names the category: the dataset conforms to the HVD profile
		assertThat(catalog.admin().put("/api/1/datasets/" + catalog.open(), Map.of("hvd_categories",
				List.of("mobility"))).status()).isEqualTo(200);
		JsonNode fixed = anonymous.get("/api/1/datasets/" + catalog.openId() + "/dcat-validation").json();
		assertThat(fixed.get("violations")).as(fixed.toString()).isEmpty();
		assertThat(anonymous.get("/datasets/" + catalog.open() + ".nt").text())
			.contains("<http://data.europa.eu/r5r/hvdCategory> <http://data.europa.eu/bna/c_b79e35eb>");

		assertThat(new PageClient(port).get("/admin/dcat").status()).isEqualTo(302);
		String email = "admin-" + UUID.randomUUID() + "@example.org";
		accounts.ensureSiteAdmin(email, "Admin", "correct horse battery staple");
		PageClient admin = new PageClient(port);
		admin.submit("/login", "/login", "email", email, "password", "correct horse battery staple");
		assertThat(admin.get("/admin/dcat").body()).contains("Stations de vélos " + catalog.tag());
	}

	@Test
	void ourDcatHarvesterReadsUsBackFieldForField() {
		Catalog catalog = catalog();
		String source = harvestOnce("Nous-mêmes en DCAT", anonymous.base() + "/organizations/" + catalog.organization()
				+ "/catalog.ttl?page_size=1", "dcat", Map.of());
		assertThat(jdbc.sql("select count(*) from dataset where origin_source_id = cast(? as uuid)").param(source)
			.query(Long.class).single()).isEqualTo(1);

		JsonNode original = anonymous.get("/api/1/datasets/" + catalog.open()).json();
		String copyId = jdbc.sql("select id::text from dataset where origin_source_id = cast(? as uuid)").param(source)
			.query(String.class).single();
		JsonNode copy = anonymous.get("/api/1/datasets/" + copyId).json();
		for (String field : List.of("title", "description", "license", "frequency", "temporal_coverage",
				"contact_point")) {
			assertThat(copy.get(field)).as(field).isEqualTo(original.get(field));
		}
		// RDF has no order of values
		for (String field : List.of("tags", "themes")) {
			assertThat(copy.get(field).valueStream().map(JsonNode::asString))
				.containsExactlyInAnyOrderElementsOf(original.get(field).valueStream().map(JsonNode::asString).toList());
		}
		assertThat(copy.get("spatial")).isEqualTo(original.get("spatial"));
		assertThat(copy.get("resources")).hasSize(2);
		for (JsonNode mine : original.get("resources")) {
			JsonNode theirs = copy.get("resources").findParents("title").stream()
				.filter(resource -> resource.get("title").equals(mine.get("title")))
				.findFirst()
				.orElseThrow();
			for (String field : List.of("url", "format", "mime", "filesize", "checksum")) {
				assertThat(theirs.get(field)).as(field).isEqualTo(mine.get(field));
			}
			// a harvested schema is known by its address
			assertThat(theirs.at("/schema/url")).isEqualTo(mine.at("/schema/url"));
		}
	}

	/** Every page from {@code first}, following hydra:next. */
	private List<Graph> walk(String first) {
		List<Graph> pages = new ArrayList<>();
		String next = first;
		while (next != null && pages.size() < 50) {
			URI link = URI.create(next);
			ApiClient.Response response = anonymous.get(link.getScheme() == null ? next
					: link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
			assertThat(response.status()).as(response.text()).isEqualTo(200);
			Lang lang = response.header("Content-Type").startsWith("text/turtle") ? Lang.TURTLE : Lang.NTRIPLES;
			Graph page = parse(response, lang);
			pages.add(page);
			next = objectOf(page, "next");
		}
		return pages;
	}

	private static List<String> datasetsOf(List<Graph> pages) {
		Node identifier = NodeFactory.createURI(DCT + "identifier");
		Node type = NodeFactory.createURI(DcatTerms.RDF + "type");
		Node dataset = NodeFactory.createURI(DCAT + "Dataset");
		List<String> ids = new ArrayList<>();
		for (Graph page : pages) {
			page.find(Node.ANY, type, dataset).forEach(triple -> page.find(triple.getSubject(), identifier, Node.ANY)
				.forEach(id -> ids.add(id.getObject().getLiteralLexicalForm())));
		}
		return ids;
	}

	private static String objectOf(Graph page, String hydraTerm) {
		var found = page.find(Node.ANY, NodeFactory.createURI(DcatTerms.HYDRA + hydraTerm), Node.ANY).toList();
		return found.isEmpty() ? null : found.get(0).getObject().getURI();
	}

	private static Graph parse(ApiClient.Response response, Lang lang) {
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.source(new ByteArrayInputStream(response.raw().body())).lang(lang).parse(graph);
		return graph;
	}
}
