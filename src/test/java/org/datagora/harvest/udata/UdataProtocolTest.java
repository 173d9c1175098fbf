package org.datagora.harvest.udata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UdataProtocolTest {

	private static final String DATASETS = "/api/1/datasets/";

	private final TestSource source = new TestSource();

	private final CollectingSink sink = new CollectingSink();

	@AfterEach
	void close() {
		source.close();
	}

	@Test
	void followsNextPageUntilNullAndMapsADataset() {
		source.onPath(DATASETS, request -> fixture(request.pathAndQuery().contains("page=2") ? "datasets-page-2.json"
				: "datasets-page-1.json"));

		harvest(source.url("/"), Map.of(), 0);

		assertThat(source.requests()).extracting(TestSource.Request::pathAndQuery)
			.containsExactly(DATASETS + "?page_size=100&page=1&sort=created", DATASETS + "?page_size=100&page=2&sort=created");
		assertThat(sink.datasets).extracting(RemoteDataset::remoteId)
			.containsExactly("5f0000000000000000000001", "5f0000000000000000000003");
		assertThat(sink.failures).singleElement().satisfies(failure -> {
			assertThat(failure.remoteId()).isEqualTo("5f0000000000000000000002");
			assertThat(failure.reason()).contains("no title");
		});
		RemoteDataset air = sink.byId("5f0000000000000000000001");
		assertThat(air.remotePage()).isEqualTo(source.url("/fr/datasets/qualite-de-l-air-a-brume/").toString());
		assertThat(air.title()).isEqualTo("Qualité de l'air à Brume");
		assertThat(air.description()).isEqualTo("Mesures **horaires** des capteurs.\n\n- ozone\n- particules");
		assertThat(air.tags()).containsExactly("air", "pollution");
		assertThat(air.license()).isEqualTo("lov2");
		assertThat(air.frequency()).isEqualTo("hourly");
		assertThat(air.zones()).containsExactly("fr:commune:99999", "fr:departement:99");
		assertThat(air.granularity()).isEqualTo("fr:commune");
		assertThat(air.bbox()).containsExactly(4.7, 45.7, 4.9, 45.8);
		assertThat(air.temporalStart()).isEqualTo("2021-01-01");
		assertThat(air.temporalEnd()).isEqualTo("2021-12-31");
		assertThat(air.publisher()).isEqualTo("Observatoire de l'air de Brume");
		assertThat(air.contactName()).isEqualTo("Équipe mesures");
		assertThat(air.contactEmail()).isEqualTo("mesures@air.example");
		assertThat(air.modified()).isEqualTo(Instant.parse("2024-02-03T04:05:06.789Z"));
		assertThat(air.resources()).containsExactly(new RemoteResource("mesures-2021.csv",
				"Une ligne par capteur et par heure.", "https://static.air.example/mesures-2021.csv", "csv", "text/csv",
				4096L, "sha1:a94a8fe5ccb19ba61c4c0873d391e987982fbbd3", "https://schema.example/air/mesures.json"));
		RemoteDataset fountains = sink.byId("5f0000000000000000000003");
		assertThat(fountains.remotePage()).isEqualTo(source.url("/datasets/liste-des-fontaines/").toString());
		assertThat(fountains.publisher()).isEqualTo("Camille Martin");
		assertThat(fountains.zones()).isEmpty();
		assertThat(fountains.modified()).isEqualTo(Instant.parse("2023-06-07T08:09:10Z"));
		assertThat(fountains.resources()).singleElement()
			.satisfies(resource -> assertThat(resource.checksum()).isNull());
	}

	@Test
	void sendsTheOrganizationAndTagOptionsAsQueryParameters() {
		source.onPath(DATASETS, request -> Answer.of("application/json", "{\"data\": [], \"next_page\": null}"));

		harvest(source.url("/api/1/"), Map.of("organization", "534fff75a3a7292c64a77de4", "tag", "qualité air"), 0);

		assertThat(source.requests()).singleElement().extracting(TestSource.Request::pathAndQuery)
			.isEqualTo(DATASETS + "?page_size=100&page=1&sort=created&organization=534fff75a3a7292c64a77de4&tag=qualit%C3%A9+air");
	}

	@Test
	void stopsAfterMaxItems() {
		source.onPath(DATASETS, request -> fixture("datasets-page-1.json"));

		harvest(source.url("/"), Map.of(), 1);

		assertThat(sink.datasets).hasSize(1);
		assertThat(source.requests()).hasSize(1);
	}

	@Test
	void aNextPageBackToAPageAlreadyReadIsAPagingLoop() {
		source.onPath(DATASETS, request -> Answer.of("application/json", """
				{"data": [{"id": "x", "title": "X"}], "next_page": "%s"}""".formatted(source.url(request.pathAndQuery()))));

		assertThatThrownBy(() -> harvest(source.url("/"), Map.of(), 0)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("Paging loop");
		assertThat(source.requests()).hasSize(1);
	}



	/** An HTML page (a portal's home, a maintenance notice) or a page cut short. */
	@ParameterizedTest
	@ValueSource(strings = { "<html><body><p>Maintenance</p></body></html>", "{\"data\": [{\"id\": \"a\", \"title\": \"A\"}, {\"id\"" })
	void aPageThatIsNotJsonOrIsTruncatedFailsTheHarvest(String body) {
		source.onPath(DATASETS, request -> Answer.of("application/json", body));

		assertThatThrownBy(() -> harvest(source.url("/"), Map.of(), 0)).isInstanceOf(HarvestException.class).hasMessageContaining("not readable JSON");
	}

	@Test
	void jsonThatIsNotAUdataListFailsTheHarvest() {
		source.onPath(DATASETS, request -> Answer.of("application/json", "{\"success\": true, \"result\": []}"));

		assertThatThrownBy(() -> harvest(source.url("/"), Map.of(), 0)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("not a udata dataset list");
	}

	private void harvest(URI url, Map<String, String> options, int maxItems) {
		new UdataProtocol().harvest(new HarvestRequest(url, options, maxItems), TestSource.fetcher(), sink);
	}

	/** A fixture whose absolute links point at the test source. */
	private Answer fixture(String name) {
		try {
			String text = Files.readString(Path.of("src/test/resources/harvest/udata", name));
			return Answer.of("application/json", text.replace("http://SOURCE", source.url("").toString()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
