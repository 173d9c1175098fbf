package org.datagora.rdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.datagora.PortalTest;
import org.datagora.harvest.TestSource;
import org.datagora.harvest.TestSource.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every dataset harvested from the real corpus (the DCAT feeds of ckanext-dcat, udata and the
 * DCAT-AP examples; demo.ckan.org's CKAN answers), once in the catalog, exports with no violation
 * of the official DCAT-AP 3.0.1 shapes. Skipped without ../shared/testdata.
 */
class CorpusExportConformityTest extends PortalTest {

	private static final Path TESTDATA = Path.of("../shared/testdata");

	@Autowired
	JdbcClient jdbc;

	private final TestSource remote = new TestSource();

	@BeforeEach
	void corpus() {
		assumeTrue(Files.isDirectory(TESTDATA.resolve("dcat-rdf-samples")), "skipped: ../shared/testdata is absent");
	}

	@AfterEach
	void stop() {
		remote.close();
	}

	@Test
	void everyHarvestedDatasetExportsWithoutViolation() {
		remote.on("/catalog.ttl", Answer.of("text/turtle", corpusAsOneTurtleDocument()));
		remote.onPath("/api/3/action/package_search", request -> request.pathAndQuery().contains("start=0")
				? Answer.file("application/json", TESTDATA.resolve("ckan-api/demo.ckan.org-2017/packages.json"))
				: Answer.of("application/json", "{\"success\": true, \"result\": {\"count\": 3, \"results\": []}}"));
		List<String> sources = List.of(harvestOnce("Corpus DCAT", remote.url("/catalog.ttl").toString(), "dcat", Map.of()),
				harvestOnce("Corpus CKAN", remote.url("").toString(), "ckan", Map.of()));

		List<String> harvested = jdbc.sql("select id::text from dataset where origin_source_id::text in (:sources)")
			.param("sources", sources)
			.query(String.class)
			.list();
		assertThat(harvested).as("datasets harvested from the corpus").hasSizeGreaterThan(20);
		List<String> failures = new ArrayList<>();
		for (String id : harvested) {
			JsonNode report = anonymous.get("/api/1/datasets/" + id + "/dcat-validation").json();
			if (!report.get("violations").isEmpty()) {
				failures.add(report.get("title").asString() + ": " + report.get("violations"));
			}
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * The corpus feeds merged into one graph, written as Turtle: one harvest job reads them all.
	 * Files that do not parse offline (remote JSON-LD contexts, the upstream's broken Turtle) are
	 * the harvester's negative tests, not this test's input.
	 */
	private static String corpusAsOneTurtleDocument() {
		Graph all = GraphFactory.createDefaultGraph();
		try (Stream<Path> files = Stream.concat(Files.walk(TESTDATA.resolve("dcat-rdf-samples")),
				Files.walk(TESTDATA.resolve("dcat-ap/examples")))) {
			files.filter(Files::isRegularFile).forEach(file -> {
				Lang lang = RDFLanguages.filenameToLang(file.toString());
				if (lang == null || file.getFileName().toString().equals("context.jsonld")) {
					return;
				}
				try {
					Graph one = GraphFactory.createDefaultGraph();
					RDFParser.source(file).lang(lang).base("http://example.org/" + file.getFileName()).parse(one);
					// the samples' own paging leads to hosts of theirs: one page here
					one.find().filterDrop(triple -> triple.getPredicate().getURI().startsWith(DcatTerms.HYDRA))
						.forEach(all::add);
				}
				catch (RiotException | UncheckedIOException e) {
					// not readable offline: left to the harvester's own corpus tests
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RDFDataMgr.write(out, all, Lang.TURTLE);
		return out.toString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
