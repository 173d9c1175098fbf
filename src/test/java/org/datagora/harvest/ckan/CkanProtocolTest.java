package org.datagora.harvest.ckan;

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

class CkanProtocolTest {

	private static final String SEARCH = "/api/3/action/package_search";

	private static final Path FIXTURES = Path.of("src/test/resources/harvest/ckan");

	private final TestSource source = new TestSource();

	private final CollectingSink sink = new CollectingSink();

	@AfterEach
	void close() {
		source.close();
	}

	@Test
	void walksThePagesInAStableOrderUntilTheCountAndMapsADataset() {
		source.onPath(SEARCH, request -> request.pathAndQuery().contains("&start=0&")
				? json(FIXTURES.resolve("search-page-1.json")) : json(FIXTURES.resolve("search-page-2.json")));

		harvest(source.url("/"), Map.of(), 0);

		assertThat(source.requests()).extracting(TestSource.Request::pathAndQuery)
			.containsExactly(SEARCH + "?rows=" + CkanProtocol.ROWS + "&start=0&sort=metadata_created+asc%2C+id+asc",
					SEARCH + "?rows=" + CkanProtocol.ROWS + "&start=2&sort=metadata_created+asc%2C+id+asc");
		assertThat(sink.datasets).extracting(RemoteDataset::remoteId)
			.containsExactly("a1f0c3e2-0001-4000-8000-000000000001", "a1f0c3e2-0001-4000-8000-000000000003");
		assertThat(sink.failures).singleElement().satisfies(failure -> {
			assertThat(failure.remoteId()).isEqualTo("a1f0c3e2-0001-4000-8000-000000000002");
			assertThat(failure.reason()).contains("no title");
		});
		RemoteDataset trees = sink.byId("a1f0c3e2-0001-4000-8000-000000000001");
		assertThat(trees.remotePage()).isEqualTo(source.url("/dataset/arbres-d-alignement").toString());
		assertThat(trees.title()).isEqualTo("Arbres d'alignement");
		assertThat(trees.description()).isEqualTo("Les **arbres** plantés le long des rues de Brume.");
		assertThat(trees.tags()).containsExactly("arbres", "nature en ville");
		assertThat(trees.themes()).containsExactly("Environnement",
				"http://publications.europa.eu/resource/authority/data-theme/ENVI");
		assertThat(trees.license()).isEqualTo("http://www.opendefinition.org/licenses/odc-odbl");
		assertThat(trees.frequency()).isEqualTo("http://publications.europa.eu/resource/authority/frequency/ANNUAL");
		assertThat(trees.zones()).containsExactly("http://id.insee.fr/geo/commune/99999", "Brume");
		assertThat(trees.bbox()).containsExactly(2.1, 48.5, 2.6, 48.9);
		assertThat(trees.temporalStart()).isEqualTo("2019-01-01");
		assertThat(trees.temporalEnd()).isEqualTo("2023-12-31");
		assertThat(trees.publisher()).isEqualTo("Ville de Brume");
		assertThat(trees.contactName()).isEqualTo("Cellule données");
		assertThat(trees.contactEmail()).isEqualTo("donnees@brume.example");
		assertThat(trees.modified()).isEqualTo(Instant.parse("2024-03-04T10:20:30.123456Z"));
		assertThat(trees.resources()).containsExactly(
				new RemoteResource("Arbres (CSV)", "Un arbre par ligne.", "https://data.brume.example/arbres.csv", "CSV",
						"text/csv", 123456L, "sha1:0123456789abcdef0123456789abcdef01234567", null),
				new RemoteResource("Schéma", null, "https://data.brume.example/arbres.geojson", "GeoJSON", null, 2048L,
						"sha256:aa", "https://schema.example/arbres/schema.json"));
	}

	@Test
	void readsTheLooserFieldsOfHarvestedOrHtmlDatasets() {
		source.onPath(SEARCH, request -> request.pathAndQuery().contains("&start=0&")
				? json(FIXTURES.resolve("search-page-2.json"))
				: Answer.of("application/json", "{\"result\": {\"count\": 3, \"results\": []}}"));

		harvest(source.url("/api/3"), Map.of(), 0);

		RemoteDataset benches = sink.byId("a1f0c3e2-0001-4000-8000-000000000003");
		assertThat(benches.description()).isEqualTo("Les bancs des parcs.\n\nMis à jour chaque mois.");
		assertThat(benches.license()).isEqualTo("Licence Ouverte v2.0");
		assertThat(benches.bbox()).containsExactly(2.0, 48.0, 3.0, 49.0);
		assertThat(benches.frequency()).isEqualTo("monthly");
		assertThat(benches.temporalStart()).isEqualTo("2022-01-01");
		assertThat(benches.publisher()).isNull();
		assertThat(benches.contactName()).isEqualTo("Régie des parcs");
		assertThat(benches.modified()).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
		assertThat(benches.resources()).singleElement().satisfies(resource -> {
			assertThat(resource.size()).isNull();
			assertThat(resource.checksum()).isNull();
		});
	}

	@Test
	void sendsTheOrganizationAndTagOptionsAsAFilterQuery() {
		source.onPath(SEARCH, request -> Answer.of("application/json", "{\"success\":true,\"result\":{\"count\":0,\"results\":[]}}"));

		harvest(source.url("/"), Map.of("organization", "ville-de-brume", "tag", "arbres\" OR *:*"), 0);

		assertThat(source.requests().get(0).pathAndQuery())
			.endsWith("&fq=organization%3A%22ville-de-brume%22+AND+tags%3A%22arbres+OR+*%3A*%22");
	}

	@Test
	void readsDkanWhoseResultIsTheListItselfUntilAnEmptyPage() {
		source.onPath(SEARCH, request -> request.pathAndQuery().contains("&start=0&") ? json(FIXTURES.resolve("dkan.json"))
				: Answer.of("application/json", "{\"success\":true,\"result\":[]}"));

		harvest(source.url("/"), Map.of(), 0);

		assertThat(source.requests()).hasSize(2);
		RemoteDataset parking = sink.byId("d0000000-0000-4000-8000-00000000000d");
		assertThat(parking.description()).isEqualTo("Arceaux vélo de la métropole.");
		assertThat(parking.license()).isEqualTo("http://www.etalab.gouv.fr/licence-ouverte-open-licence");
		assertThat(parking.tags()).containsExactly("VELO");
		assertThat(parking.resources()).singleElement().satisfies(resource -> {
			assertThat(resource.description()).isEqualTo("Le tableau");
			assertThat(resource.size()).isNull();
		});
	}

	@Test
	void stopsAfterMaxItems() {
		source.onPath(SEARCH, request -> json(FIXTURES.resolve("search-page-1.json")));

		harvest(source.url("/"), Map.of(), 1);

		assertThat(sink.datasets).hasSize(1);
		assertThat(source.requests()).hasSize(1);
	}

	@Test
	void aSourceThatIgnoresStartIsAPagingLoopNotAnEndlessWalk() {
		source.onPath(SEARCH, request -> Answer.of("application/json", """
				{"result": {"count": 1000, "results": [{"id": "same", "title": "Toujours le même"}]}}"""));

		assertThatThrownBy(() -> harvest(source.url("/"), Map.of(), 0)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("Paging loop");
		assertThat(source.requests()).hasSize(2);
	}



	/** An HTML page (a portal's home, a maintenance notice) or a page cut short. */
	@ParameterizedTest
	@ValueSource(strings = { "<html><body><p>Maintenance</p></body></html>", "{\"result\": {\"count\": 2, \"results\": [{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"b\", \"tit" })
	void aPageThatIsNotJsonOrIsTruncatedFailsTheHarvest(String body) {
		source.onPath(SEARCH, request -> Answer.of("application/json", body));

		assertThatThrownBy(() -> harvest(source.url("/"), Map.of(), 0)).isInstanceOf(HarvestException.class).hasMessageContaining("not readable JSON");
	}

	@Test
	void jsonThatIsNotACkanAnswerFailsTheHarvest() {
		source.onPath(SEARCH, request -> Answer.of("application/json", "{\"data\": []}"));

		assertThatThrownBy(() -> harvest(source.url("/"), Map.of(), 0)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("not a CKAN package_search answer");
	}


	private void harvest(java.net.URI url, Map<String, String> options, int maxItems) {
		new CkanProtocol().harvest(new HarvestRequest(url, options, maxItems), TestSource.fetcher(), sink);
	}

	private static Answer json(Path file) {
		return Answer.file("application/json", file);
	}
}
