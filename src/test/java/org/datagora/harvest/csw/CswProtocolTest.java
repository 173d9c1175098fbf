package org.datagora.harvest.csw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.datagora.harvest.CollectingSink;
import org.datagora.harvest.TestSource;
import org.datagora.harvest.TestSource.Answer;
import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CswProtocolTest {

	private final TestSource source = new TestSource();

	private final CollectingSink sink = new CollectingSink();

	@AfterEach
	void stop() {
		source.close();
	}

	@Test
	void pagesThroughIsoRecordsAndMapsThem() {
		source.onPath("/csw", request -> Answer.of("application/xml",
				fixture(request.body().contains("startPosition=\"1\"") ? "iso-page-1.xml" : "iso-page-2.xml")));

		harvest(new CswProtocol(2), Map.of(), 0);

		assertThat(source.requests()).extracting(TestSource.Request::method).containsOnly("POST");
		assertThat(source.requests().get(1).body()).contains("startPosition=\"3\"", "maxRecords=\"2\"",
				"outputSchema=\"http://www.isotc211.org/2005/gmd\"");
		assertThat(sink.datasets).extracting(RemoteDataset::remoteId).containsExactly("hedges-2023", "wms-service");
		assertThat(sink.failures).singleElement().satisfies(failure -> {
			assertThat(failure.remoteId()).isEqualTo("no-title");
			assertThat(failure.reason()).contains("title");
		});
		RemoteDataset hedges = sink.datasets.get(0);
		assertThat(hedges.title()).isEqualTo("Haies bocagères");
		assertThat(hedges.description()).isEqualTo("Inventaire des haies du département.");
		assertThat(hedges.tags()).containsExactly("haie", "Occupation des terres");
		assertThat(hedges.themes()).containsExactly("environment", "http://inspire.ec.europa.eu/theme/lc");
		assertThat(hedges.license()).isEqualTo("https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
		assertThat(hedges.frequency()).isEqualTo("annually");
		assertThat(hedges.zones()).containsExactly("22");
		assertThat(hedges.bbox()).containsExactly(-3.6, 48.0, -1.9, 48.9);
		assertThat(hedges.temporalStart()).isEqualTo("2023-01-01");
		assertThat(hedges.temporalEnd()).isEqualTo("2023-12-31");
		assertThat(hedges.publisher()).isEqualTo("Conseil départemental");
		assertThat(hedges.contactName()).isEqualTo("Bureau du paysage");
		assertThat(hedges.contactEmail()).isEqualTo("paysage@example.org");
		assertThat(hedges.modified()).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
		assertThat(hedges.resources()).containsExactly(
				new RemoteResource("Archive des haies", null, "https://geo.example.org/files/haies.zip", "ESRI Shapefile",
						null, null, null, null),
				new RemoteResource("haies", "Couche WMS", "https://geo.example.org/wms", "OGC:WMS", null, null, null, null));
		assertThat(sink.datasets.get(1).modified()).isEqualTo(Instant.parse("2022-02-02T00:00:00Z"));
	}

	@Test
	void stopsAtMaxItemsAndAsksNoMoreThanNeeded() {
		source.onPath("/csw", request -> Answer.of("application/xml", fixture("iso-page-1.xml")));

		harvest(new CswProtocol(), Map.of(), 1);

		assertThat(sink.datasets).hasSize(1);
		assertThat(source.requests()).singleElement()
			.satisfies(request -> assertThat(request.body()).contains("maxRecords=\"1\""));
	}

	@Test
	void readsGeoNetworkDcatOutputWithTheDcatMapping() {
		source.onPath("/csw", request -> Answer.of("application/xml", fixture("dcat-page.xml")));

		harvest(new CswProtocol(), Map.of("output_schema", "dcat"), 0);

		assertThat(source.requests().get(0).body()).contains("outputSchema=\"http://www.w3.org/ns/dcat#\"");
		assertThat(sink.datasets).extracting(RemoteDataset::remoteId, RemoteDataset::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("rec-a", "Record A"),
					org.assertj.core.groups.Tuple.tuple("https://geo.example.org/resources/b", "Record B"));
		assertThat(sink.datasets.get(0).tags()).containsExactly("geo");
		assertThat(sink.datasets.get(1).tags()).containsExactly("in a default namespace");
	}

	@Test
	void anExceptionReportFailsTheHarvestWithItsText() {
		source.onPath("/csw", request -> Answer.of("application/xml", fixture("exception.xml")));

		assertThatThrownBy(() -> harvest(new CswProtocol(), Map.of(), 0)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("Invalid outputSchema");
	}

	@Test
	void refusesAnUnknownOutputSchemaAndNonCswAnswers() {
		assertThatThrownBy(() -> harvest(new CswProtocol(), Map.of("output_schema", "dc"), 0))
			.isInstanceOf(HarvestException.class)
			.hasMessageContaining("iso19139 or dcat");
		source.onPath("/csw", request -> Answer.of("text/html", "<html><body>Login</body></html>"));
		assertThatThrownBy(() -> harvest(new CswProtocol(), Map.of(), 0)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("Not a CSW");
	}

	@Test
	void aDoctypeIsRefused() {
		source.onPath("/csw", request -> Answer.of("application/xml",
				"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"));

		assertThatThrownBy(() -> harvest(new CswProtocol(), Map.of(), 0)).isInstanceOf(HarvestException.class)
			.hasMessageNotContaining("root:");
	}

	private void harvest(CswProtocol protocol, Map<String, String> options, int maxItems) {
		protocol.harvest(new HarvestRequest(source.url("/csw"), options, maxItems), TestSource.fetcher(), sink);
	}

	static String fixture(String name) {
		try {
			return Files.readString(Path.of("src/test/resources/harvest/csw", name), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
