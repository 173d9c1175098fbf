package org.datagora.harvest.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.datagora.harvest.CollectingSink;
import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteFetcher;
import org.datagora.harvest.protocol.RemoteResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared corpus of real and reference DCAT feeds (skipped when ../shared/testdata is absent). */
class DcatCorpusTest {

	private static final Path SAMPLES = Path.of("../shared/testdata/dcat-rdf-samples");

	private static final Path DCAT_AP = Path.of("../shared/testdata/dcat-ap/examples");

	private final Map<URI, Path> served = new HashMap<>();

	private final CollectingSink sink = new CollectingSink();

	@BeforeAll
	static void corpus() {
		Assumptions.assumeTrue(Files.isDirectory(SAMPLES) && Files.isDirectory(DCAT_AP),
				"../shared/testdata is absent: the DCAT corpus tests are skipped");
	}

	@ParameterizedTest
	@CsvSource({ "ckanext-dcat/dcat/catalog.rdf, 2, 0", "ckanext-dcat/dcat/catalog_datasets_list.rdf, 2, 0",
			"ckanext-dcat/dcat/catalog_pod.jsonld, 1, 0", "ckanext-dcat/dcat/catalog_with_at_graph.jsonld, 1, 0",
			"ckanext-dcat/dcat/dataset.rdf, 1, 0", "ckanext-dcat/dcat/dataset_afs.ttl, 1, 0",
			"ckanext-dcat/dcat/dataset_deri.ttl, 1, 0", "ckanext-dcat/dcat/dataset_gob_es.ttl, 1, 0",
			"ckanext-dcat/dcat/dataset_gov_de.rdf, 1, 0", "ckanext-dcat/dcat/dataset_health.ttl, 1, 0",
			"ckanext-dcat/dcat/dataset_health_multilingual.ttl, 1, 0", "ckanext-dcat/dcat/dataset_multilingual.ttl, 1, 0",
			"ckanext-dcat/dcat/dataset_sweden.rdf, 1, 0", "udata-harvest-tests/bnodes.jsonld, 3, 0",
			"udata-harvest-tests/bnodes.xml, 3, 0", "udata-harvest-tests/catalog.xml, 4, 0",
			"udata-harvest-tests/flat.jsonld, 3, 0", "udata-harvest-tests/nested.jsonld, 1, 0",
			"udata-harvest-tests/series.xml, 1, 0", "udata-harvest-tests/udata.xml, 2, 0",
			"udata-harvest-tests/person.jsonld, 0, 0" })
	void harvestsEachSample(String file, int accepted, int failed) {
		harvest(SAMPLES.resolve(file));

		assertThat(sink.datasets).hasSize(accepted);
		assertThat(sink.failures).hasSize(failed);
		assertThat(sink.datasets).allSatisfy(dataset -> assertThat(dataset.title()).isNotBlank());
	}

	@Test
	void mapsTheUdataCatalog() {
		harvest(SAMPLES.resolve("udata-harvest-tests/catalog.xml"));

		RemoteDataset first = sink.byId("1");
		assertThat(first.title()).isEqualTo("Dataset 1");
		assertThat(first.description()).contains("<h1>h1 title</h1>");
		assertThat(first.tags()).containsExactlyInAnyOrder("Tag 1", "Tag 2", "Tag 3", "Tag 4");
		assertThat(first.themes()).containsExactlyInAnyOrder("Theme 1", "Theme 2");
		assertThat(first.frequency()).isEqualTo("http://purl.org/cld/freq/ThisTermDoesNotExist");
		assertThat(first.temporalStart()).isEqualTo("2016-01-01T00:00:00");
		assertThat(first.contactEmail()).isEqualTo("hello@its.me");
		assertThat(first.publisher()).isEqualTo("An Organization");
		assertThat(first.resources()).hasSize(3);
		assertThat(sink.byId("3").frequency()).isEqualTo("daily");
		assertThat(sink.byId("3").license()).isEqualTo("Licence Ouverte Version 2.0");
		assertThat(sink.byId("2").license()).isEqualTo("Licence Ouverte Version 2.0");
		assertThat(sink.byId("2").temporalEnd()).isEqualTo("2016-12-05T00:00:00");
	}

	@Test
	void readsChecksumsOfBlankNodeDistributions() {
		harvest(SAMPLES.resolve("udata-harvest-tests/nested.jsonld"));

		assertThat(sink.byId("1").resources()).extracting(RemoteResource::checksum)
			.containsExactly("sha1:fb4106aa286a53be44ec99515f0f0421d4d7ad7d");
	}

	@ParameterizedTest
	@CsvSource({ "paged-collection", "partial-collection" })
	void followsBothHydraPagings(String name) {
		serve("http://data.test.org/catalog.jsonld?page=2", SAMPLES.resolve("udata-harvest-tests/" + name + "-2.jsonld"));

		harvest(SAMPLES.resolve("udata-harvest-tests/" + name + "-1.jsonld"));

		assertThat(sink.datasets).extracting(RemoteDataset::remoteId).containsExactlyInAnyOrder("1", "2", "3", "4");
	}

	@Test
	void readsDcatAp3JsonLdThroughItsContextServedByTheFetcher() {
		serve("https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld",
				DCAT_AP.resolve("3.0.1/context.jsonld"));

		harvest(DCAT_AP.resolve("3.0.1/example-bee-population.jsonld"));

		assertThat(sink.datasets).singleElement().satisfies(dataset -> assertThat(dataset.title()).isNotBlank());
	}

	@ParameterizedTest
	@CsvSource({ "3.0.0-hvd/example-ms_dataset_2_distributions.ttl, 1", "3.0.0-hvd/example-ms_dataset_2_licenses.ttl, 2",
			"3.0.0-hvd/example-bees_wasps_dataset.jsonld, 2", "3.0.1/example-bee-population.ttl, 1",
			"2.1.1/example1.nt, 1", "2.1.1/example2.nt, 1" })
	void harvestsTheOfficialExamples(String file, int accepted) {
		harvest(DCAT_AP.resolve(file));

		assertThat(sink.datasets).hasSize(accepted);
	}

	@Test
	void aDatasetWithoutTitleIsAFailureAndTheHarvestGoesOn() {
		harvest(DCAT_AP.resolve("3.0.1/example-bee-population-dataset-series.ttl"));

		assertThat(sink.failures).hasSize(2).allSatisfy(failure -> assertThat(failure.reason()).contains("title"));
	}

	@ParameterizedTest
	@CsvSource({ "dcat-rdf-samples/ckanext-dcat/dcat/dataset.ttl", "dcat-rdf-samples/ckanext-dcat/croissant/full_croissant_dataset.jsonld",
			"dcat-ap/examples/3.0.1/example-bee-population-dataset-series-api.ttl" })
	void anInvalidDocumentFailsTheHarvest(String file) {
		assertThatThrownBy(() -> harvest(Path.of("../shared/testdata", file))).isInstanceOf(HarvestException.class);
	}

	private void harvest(Path file) {
		URI url = URI.create("https://corpus.test/" + file.getFileName());
		served.put(url, file);
		new DcatProtocol().harvest(new HarvestRequest(url, Map.of(), 0), fetcher(), sink);
	}

	private void serve(String url, Path file) {
		served.put(URI.create(url), file);
	}

	/** Serves the corpus files as a remote site would, the syntax left to the file's extension. */
	private RemoteFetcher fetcher() {
		return new RemoteFetcher() {

			@Override
			public Response get(URI url, String accept) {
				Path file = served.get(url);
				if (file == null) {
					throw new HarvestException("Not found: " + url);
				}
				try {
					return new Response(url, null, Map.of(), Files.newInputStream(file));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}

			@Override
			public Response post(URI url, String contentType, String body, String accept) {
				throw new UnsupportedOperationException();
			}
		};
	}
}
