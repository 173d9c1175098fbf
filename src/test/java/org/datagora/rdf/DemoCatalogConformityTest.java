package org.datagora.rdf;

import java.io.ByteArrayInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo catalog, as a newcomer first exports it, breaks none of the official DCAT-AP 3.0.1 shapes. */
@TestPropertySource(properties = "datagora.demo.mode=always")
class DemoCatalogConformityTest extends PortalTest {

	@Autowired
	DcatValidation validation;

	@Test
	void everyDemoDatasetAndTheWholeDumpConform() {
		awaitSearchable();
		JsonNode demo = anonymous.get("/api/1/datasets/?page_size=100").json().get("data");
		assertThat(demo.size()).isGreaterThanOrEqualTo(5);
		boolean sawHvd = false;
		for (JsonNode dataset : demo) {
			JsonNode report = anonymous.get("/api/1/datasets/" + dataset.get("id").asString() + "/dcat-validation")
				.json();
			assertThat(report.get("violations")).as(dataset.get("title") + ": " + report).isEmpty();
			sawHvd |= report.get("hvd").asBoolean();
		}
		assertThat(sawHvd).as("the HVD shapes were applied to a demo dataset").isTrue();

		// the catalog node and every dataset together, as a harvester receives them
		Graph dump = GraphFactory.createDefaultGraph();
		RDFParser.source(new ByteArrayInputStream(anonymous.get("/catalog/dump.ttl").raw().body()))
			.lang(Lang.TURTLE)
			.parse(dump);
		assertThat(validation.violations(dump)).isEmpty();
		Graph page = GraphFactory.createDefaultGraph();
		RDFParser.source(new ByteArrayInputStream(anonymous.get("/catalog.rdf?page_size=2").raw().body()))
			.lang(Lang.RDFXML)
			.parse(page);
		assertThat(validation.violations(page)).isEmpty();
	}
}
