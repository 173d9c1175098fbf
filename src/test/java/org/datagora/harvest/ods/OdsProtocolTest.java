package org.datagora.harvest.ods;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

class OdsProtocolTest {

	private static final String CATALOG = "/api/explore/v2.1/catalog/datasets";

	private static final Path FIXTURES = Path.of("src/test/resources/harvest/ods");

	private final TestSource source = new TestSource();

	private final CollectingSink sink = new CollectingSink();

	@AfterEach
	void close() {
		source.close();
	}

	@Test
	void walksTheCatalogByOffsetUpToTheTotalAndMapsADataset() {
		source.onPath(CATALOG, request -> Answer.file("application/json",
				FIXTURES.resolve(request.pathAndQuery().contains("offset=0") ? "catalog-page-1.json" : "catalog-page-2.json")));

		harvest(source.url("/explore/?sort=modified"), 0);

		assertThat(source.requests()).extracting(TestSource.Request::pathAndQuery)
			.containsExactly(CATALOG + "?limit=100&offset=0&order_by=dataset_id", CATALOG + "?limit=100&offset=2&order_by=dataset_id");
		assertThat(sink.datasets).extracting(RemoteDataset::remoteId).containsExactly("stations-velo", "budget-primitif");
		assertThat(sink.failures).singleElement().satisfies(failure -> {
			assertThat(failure.remoteId()).isEqualTo("brouillon");
			assertThat(failure.reason()).contains("no title");
		});
		String root = source.url("").toString();
		RemoteDataset bikes = sink.byId("stations-velo");
		assertThat(bikes.remotePage()).isEqualTo(root + "/explore/dataset/stations-velo/");
		assertThat(bikes.title()).isEqualTo("Stations de vélos en libre service");
		assertThat(bikes.description()).isEqualTo("Les stations de la métropole de Brume\u00a0: position et capacité.\n\n"
				+ "mise à jour horaire\ndonnées temps réel\n\nVoir aussi le site.");
		assertThat(bikes.tags()).containsExactly("vélo", "mobilité");
		assertThat(bikes.themes()).containsExactly("Transports, Déplacements");
		assertThat(bikes.license()).isEqualTo("https://opendatacommons.org/licenses/odbl/");
		assertThat(bikes.frequency()).isEqualTo("http://publications.europa.eu/resource/authority/frequency/HOURLY");
		assertThat(bikes.zones()).containsExactly("Brume", "fr_40_99999");
		assertThat(bikes.bbox()).containsExactly(2.2, 48.8, 2.5, 48.9);
		assertThat(bikes.granularity()).isEqualTo("station");
		assertThat(bikes.publisher()).isEqualTo("Métropole de Brume");
		assertThat(bikes.contactName()).isEqualTo("Pôle mobilité");
		assertThat(bikes.contactEmail()).isEqualTo("mobilite@brume.example");
		assertThat(bikes.modified()).isEqualTo(Instant.parse("2024-04-05T06:07:08Z"));
		String api = root + CATALOG + "/stations-velo";
		assertThat(bikes.resources()).containsExactly(
				new RemoteResource("Export CSV", "321 records", api + "/exports/csv", "csv", "text/csv", null, null, null),
				new RemoteResource("Export JSON", "321 records", api + "/exports/json", "json", "application/json", null, null,
						null),
				new RemoteResource("Export GEOJSON", "321 records", api + "/exports/geojson", "geojson", "application/geo+json",
						null, null, null),
				new RemoteResource("Guide des données", null, api + "/attachments/guide_pdf", "pdf", "application/pdf", null,
						null, null));
		RemoteDataset budget = sink.byId("budget-primitif");
		assertThat(budget.tags()).containsExactly("budget");
		assertThat(budget.description()).isEqualTo("Le budget voté.");
		assertThat(budget.license()).isEqualTo("Licence Ouverte v2.0 (Etalab)");
		assertThat(budget.resources()).extracting(RemoteResource::format).containsExactly("csv", "json");
	}

	@Test
	void readsPastTheOffsetCapThroughTheCatalogExport() {
		int offsetCap = 300;
		int total = offsetCap + 50;
		source.onPath(CATALOG, request -> {
			int offset = Integer.parseInt(request.pathAndQuery().replaceAll(".*offset=(\\d+).*", "$1"));
			return Answer.of("application/json", "{\"total_count\": " + total + ", \"results\": "
					+ datasets(offset, offset + OdsProtocol.LIMIT) + "}");
		});
		int cap = offsetCap - OdsProtocol.LIMIT;
		source.on("/api/explore/v2.1/catalog/exports/json?order_by=dataset_id&offset=" + cap,
				Answer.of("application/json", datasets(cap, total)));

		new OdsProtocol(offsetCap).harvest(new HarvestRequest(source.url("/"), null, 0), TestSource.fetcher(), sink);

		assertThat(sink.datasets).hasSize(total);
		assertThat(sink.datasets.get(total - 1).remoteId()).isEqualTo("d" + (total - 1));
		assertThat(source.requests()).hasSize(cap / OdsProtocol.LIMIT + 1);
	}

	@Test
	void stopsAfterMaxItems() {
		source.onPath(CATALOG, request -> Answer.file("application/json", FIXTURES.resolve("catalog-page-1.json")));

		harvest(source.url("/"), 1);

		assertThat(sink.datasets).hasSize(1);
		assertThat(source.requests()).hasSize(1);
	}

	@Test
	void aSourceThatIgnoresTheOffsetIsAPagingLoop() {
		source.onPath(CATALOG, request -> Answer.of("application/json", "{\"total_count\": 500, \"results\": "
				+ datasets(0, 1) + "}"));

		assertThatThrownBy(() -> harvest(source.url("/"), 0)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("Paging loop");
	}



	/** An HTML page (a portal's home, a maintenance notice) or a page cut short. */
	@ParameterizedTest
	@ValueSource(strings = { "<html><body><p>Maintenance</p></body></html>", "{\"total_count\": 2, \"results\": [{\"dataset_id\": \"a\", " })
	void aPageThatIsNotJsonOrIsTruncatedFailsTheHarvest(String body) {
		source.onPath(CATALOG, request -> Answer.of("application/json", body));

		assertThatThrownBy(() -> harvest(source.url("/"), 0)).isInstanceOf(HarvestException.class).hasMessageContaining("not readable JSON");
	}

	@Test
	void jsonThatIsNotAnOdsCatalogFailsTheHarvest() {
		source.onPath(CATALOG, request -> Answer.of("application/json", "{\"error_code\": \"Unknown\"}"));

		assertThatThrownBy(() -> harvest(source.url("/"), 0)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("not an OpenDataSoft catalog answer");
	}

	private void harvest(URI url, int maxItems) {
		new OdsProtocol().harvest(new HarvestRequest(url, null, maxItems), TestSource.fetcher(), sink);
	}

	private static String datasets(int from, int to) {
		return IntStream.range(from, to)
			.mapToObj(i -> "{\"dataset_id\": \"d" + i + "\", \"metas\": {\"default\": {\"title\": \"Jeu " + i + "\"}}}")
			.collect(Collectors.joining(",", "[", "]"));
	}
}
