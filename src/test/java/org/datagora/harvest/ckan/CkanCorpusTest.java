package org.datagora.harvest.ckan;

import java.nio.file.Files;
import java.nio.file.Path;

import org.datagora.harvest.CollectingSink;
import org.datagora.harvest.TestSource;
import org.datagora.harvest.TestSource.Answer;
import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.RemoteDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Real CKAN and DKAN answers and ckanext-dcat dataset dicts from ../shared/testdata/ckan-api, read in place. */
class CkanCorpusTest {

	private static final Path CORPUS = Path.of("../shared/testdata/ckan-api");

	private final TestSource source = new TestSource();

	private final CollectingSink sink = new CollectingSink();

	@BeforeAll
	static void corpus() {
		assumeTrue(Files.isDirectory(CORPUS), "skipped: the corpus " + CORPUS.toAbsolutePath() + " is absent");
	}

	@AfterEach
	void close() {
		source.close();
	}

	@Test
	void readsARecordedDemoCkanSearch() {
		source.onPath("/api/3/action/package_search",
				request -> Answer.file("application/json", CORPUS.resolve("demo.ckan.org-2017/packages.json")));

		harvest();

		assertThat(sink.failures).isEmpty();
		assertThat(sink.datasets).hasSize(3);
		RemoteDataset plants = sink.byId("62513382-3b26-4bc8-9096-40b6ce8383c0");
		assertThat(plants.title()).isEqualTo("100 Validated Species of Plants");
		assertThat(plants.remotePage()).endsWith("/dataset/100-validated-species-of-plants");
		assertThat(plants.tags()).containsExactly("flower", "image recognition", "machine learning");
		assertThat(plants.license()).isEqualTo("other-open");
		assertThat(plants.contactEmail()).isEqualTo("misoh049@gmail.com");
		assertThat(plants.resources()).singleElement().satisfies(resource -> assertThat(resource.format()).isEqualTo("CSV"));
		assertThat(source.requests()).hasSize(1);
	}

	@Test
	void readsTheDkanQuirkWithItsHtmlAndHarvestedExtras() {
		source.onPath("/api/3/action/package_search", request -> request.pathAndQuery().contains("&start=0&")
				? Answer.file("application/json", CORPUS.resolve("udata-harvest-tests/dkan-french-w-license.json"))
				: Answer.of("application/json", "{\"result\": []}"));

		harvest();

		RemoteDataset antennas = sink.byId("04be6288-696d-4331-850d-a144871a7e3a");
		assertThat(antennas.description()).isEqualTo(
				"Liste et coordonnées des antennes de proximité du conseil régional Hauts-de-France.");
		assertThat(antennas.license()).startsWith("http://www.etalab.gouv.fr/");
		assertThat(antennas.themes()).containsExactly("Région Hauts-de-France");
		assertThat(antennas.bbox()).containsExactly(1.18652344, 48.80546301, 4.65820313, 51.16423318);
		assertThat(antennas.frequency()).isEqualTo("asNeeded");
		assertThat(antennas.contactEmail()).isEqualTo("sig@hautsdefrance.fr");
		assertThat(antennas.resources()).hasSize(2).allSatisfy(resource -> assertThat(resource.size()).isNull());
	}

	@Test
	void mapsCkanextDcatDatasetDictsInBothTheSchemingAndTheLegacyExtrasStyle() throws Exception {
		CkanDatasets datasets = new CkanDatasets("https://ckan.example");
		RemoteDataset scheming = datasets.map(read("ckanext-dcat/ckan_full_dataset_dcat_ap.json"));
		RemoteDataset legacy = datasets.map(read("ckanext-dcat/ckan_full_dataset_dcat_ap_legacy.json"));

		for (RemoteDataset dataset : new RemoteDataset[] { scheming, legacy }) {
			assertThat(dataset.title()).isEqualTo("Test DCAT dataset");
			assertThat(dataset.frequency()).isEqualTo("monthly");
			assertThat(dataset.themes()).contains("https://example.org/uri/theme1");
			assertThat(dataset.temporalStart()).isEqualTo("1905-03-01");
			assertThat(dataset.temporalEnd()).isEqualTo("2013-01-05");
			assertThat(dataset.contactEmail()).isEqualTo("contact1@example.org");
			assertThat(dataset.publisher()).isEqualTo("Test Publisher");
			assertThat(dataset.resources()).first()
				.satisfies(resource -> assertThat(resource.checksum()).isEqualTo("sha1:4304cf2e751e6053c90b1804c89c0ebb758f395a"));
		}
		// the example's own bbox and geometry disagree: the scheming bbox member wins over the geometry
		assertThat(scheming.bbox()).containsExactly(-2.1604, 42.7611, -2.0938, 42.7931);
		assertThat(legacy.bbox()).containsExactly(11.9936, 54.0486, 12.3045, 54.2466);
		assertThat(scheming.zones()).containsExactly("https://sws.geonames.org/6361390/", "Tarragona");
		assertThat(legacy.zones()).containsExactly("https://sws.geonames.org/6361390/", "Tarragona");
	}

	private void harvest() {
		new CkanProtocol().harvest(new HarvestRequest(source.url("/"), null, 0), TestSource.fetcher(), sink);
	}

	private static tools.jackson.databind.JsonNode read(String file) throws Exception {
		return JsonMapper.builder().build().readTree(Files.readString(CORPUS.resolve(file)));
	}
}
