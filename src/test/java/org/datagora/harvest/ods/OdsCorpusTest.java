package org.datagora.harvest.ods;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The v1-era dataset objects of udata-ods's tests (../shared/testdata/opendatasoft-api), read in
 * place: {@code datasetid}, flat {@code metas}, {@code interop_metas.inspire}.
 */
class OdsCorpusTest {

	private static final Path CORPUS = Path.of("../shared/testdata/opendatasoft-api/udata-ods-tests");

	private final OdsDatasets datasets = new OdsDatasets("https://sandbox.example");

	@BeforeAll
	static void corpus() {
		assumeTrue(Files.isDirectory(CORPUS), "skipped: the corpus " + CORPUS.toAbsolutePath() + " is absent");
	}

	@Test
	void mapsAV1DatasetWithGeoFieldsAndAttachments() throws Exception {
		RemoteDataset dataset = read("test-b.json");

		assertThat(dataset.remoteId()).isEqualTo("test-b");
		assertThat(dataset.remotePage()).isEqualTo("https://sandbox.example/explore/dataset/test-b/");
		assertThat(dataset.tags()).containsExactly("keyword1");
		assertThat(dataset.themes()).containsExactly("Spatial planning, Town planning, Buildings, Equipment, Housing");
		assertThat(dataset.resources()).extracting(RemoteResource::format)
			.containsExactly("csv", "json", "geojson", "pdf", "xls");
		assertThat(dataset.resources().get(3).url())
			.isEqualTo("https://sandbox.example/api/explore/v2.1/catalog/datasets/test-b/attachments/documentation_pdf");
	}

	@Test
	void readsTheInspireBoundingBoxAndContact() throws Exception {
		RemoteDataset dataset = read("inspire.json");

		assertThat(dataset.bbox()).containsExactly(0.1568, 46.4944, 0.5084, 46.6848);
		assertThat(dataset.contactName()).isEqualTo("ACME");
		assertThat(dataset.contactEmail()).isEqualTo("tnt@acme.com");
	}

	@Test
	void offersNoExportForADatasetWithoutRecords() throws Exception {
		assertThat(read("empty.json").resources()).isEmpty();
		assertThat(read("with-attachments.json").resources()).extracting(RemoteResource::title)
			.containsExactly("Documentation");
	}

	@Test
	void turnsTheHtmlDescriptionIntoText() throws Exception {
		RemoteDataset dataset = read("test-a.json");

		assertThat(dataset.description()).isEqualTo("test-a-description");
		assertThat(dataset.license()).isEqualTo("Licence Ouverte (Etalab)");
		assertThat(dataset.publisher()).isEqualTo("test");
	}

	/** Every dataset object, and those of the v1 search page (no-data.json), maps with an id and a title. */
	@Test
	void everyCorpusDatasetMaps() throws Exception {
		try (var files = Files.list(CORPUS)) {
			for (Path file : files.toList()) {
				JsonNode json = tree(file.getFileName().toString());
				for (JsonNode item : json.has("datasets") ? json.path("datasets").values() : List.of(json)) {
					RemoteDataset dataset = datasets.map(item);
					assertThat(dataset.remoteId()).as(file.toString()).isNotNull();
					assertThat(dataset.title()).as(file.toString()).isNotNull();
				}
			}
		}
	}

	private RemoteDataset read(String file) throws Exception {
		return datasets.map(tree(file));
	}

	private static JsonNode tree(String file) throws Exception {
		return JsonMapper.builder().build().readTree(Files.readString(CORPUS.resolve(file)));
	}
}
