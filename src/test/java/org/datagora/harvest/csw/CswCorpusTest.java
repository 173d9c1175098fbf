package org.datagora.harvest.csw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.datagora.harvest.CollectingSink;
import org.datagora.harvest.TestSource;
import org.datagora.harvest.TestSource.Answer;
import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.RemoteDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared corpus of real CSW answers and ISO 19139 records (skipped when ../shared/testdata is absent). */
class CswCorpusTest {

	private static final Path CORPUS = Path.of("../shared/testdata/csw-iso19139");

	private final TestSource source = new TestSource();

	private final CollectingSink sink = new CollectingSink();

	@BeforeAll
	static void corpus() {
		Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/testdata is absent: the CSW corpus tests are skipped");
	}

	@AfterEach
	void stop() {
		source.close();
	}

	@ParameterizedTest
	@CsvSource({ "iso19139, iso19139", "dcat, dcat", "geodcatap, dcat" })
	void pagesThroughGeoNetworkInEachSchema(String pages, String schema) {
		source.onPath("/csw", request -> Answer.file("application/xml", CORPUS.resolve("udata-harvest-tests/geonetwork-"
				+ pages + "-page-" + request.body().replaceAll("(?s).*startPosition=\"(\\d+)\".*", "$1") + ".xml")));

		new CswProtocol(2).harvest(new HarvestRequest(source.url("/csw"), Map.of("output_schema", schema), 0),
				TestSource.fetcher(), sink);

		assertThat(source.requests()).hasSize(3);
		assertThat(sink.datasets).hasSize(6).allSatisfy(dataset -> assertThat(dataset.title()).isNotBlank());
		assertThat(sink.failures).isEmpty();
	}

	@Test
	void mapsAGeoIdeRecord() {
		source.onPath("/csw", request -> Answer.file("application/xml",
				CORPUS.resolve("udata-harvest-tests/geonetwork-iso19139-page-1.xml")));

		new CswProtocol(2).harvest(new HarvestRequest(source.url("/csw"), Map.of(), 2), TestSource.fetcher(), sink);

		RemoteDataset plu = sink.byId("fr-120066022-ldd-56fce164-04b2-41ae-be87-9f256f39dd44");
		assertThat(plu.title()).isEqualTo("Plan local d'urbanisme de la commune de Cartigny");
		assertThat(plu.themes()).containsExactly("planningCadastre");
		assertThat(plu.license()).startsWith("Licence Ouverte 1.0");
		assertThat(plu.bbox()).containsExactly(1.31279111, 49.38547516, 3.28133559, 50.48188019);
		assertThat(plu.publisher()).startsWith("DDTM 80");
		assertThat(plu.contactEmail()).isNotBlank();
		assertThat(plu.modified()).isNotNull();
	}

	@Test
	void readsTheDcatOutputWithoutThePageAddressAsAValue() {
		source.onPath("/csw", request -> Answer.file("application/xml",
				CORPUS.resolve("udata-harvest-tests/geonetwork-dcat-page-1.xml")));

		new CswProtocol(2).harvest(new HarvestRequest(source.url("/csw"), Map.of("output_schema", "dcat"), 2),
				TestSource.fetcher(), sink);

		assertThat(sink.datasets).hasSize(2)
			.allSatisfy(dataset -> assertThat(dataset.themes()).noneMatch(theme -> theme.startsWith("http://127.0.0.1")));
		assertThat(sink.datasets).anySatisfy(dataset -> assertThat(dataset.resources()).isNotEmpty());
	}

	@Test
	void readsThePycswApisoAnswer() {
		source.onPath("/csw", request -> Answer.file("application/xml", CORPUS.resolve("pycsw-apiso/expected/post_GetRecords-all.xml")));

		new CswProtocol(5).harvest(new HarvestRequest(source.url("/csw"), Map.of(), 5), TestSource.fetcher(), sink);

		assertThat(sink.datasets).hasSize(5);
	}

	@Test
	void dublinCoreRecordsAreFailuresNotDatasets() {
		source.onPath("/csw", request -> Answer.file("application/xml",
				CORPUS.resolve("pycsw-default-csw202/expected/post_GetRecords-all.xml")));

		new CswProtocol(5).harvest(new HarvestRequest(source.url("/csw"), Map.of(), 5), TestSource.fetcher(), sink);

		assertThat(sink.datasets).isEmpty();
		// the same answer to every page: its nextRecord (6) does not move past the second one, so the walk stops
		assertThat(source.requests()).hasSize(2);
		assertThat(sink.failures).hasSize(10).allSatisfy(failure -> assertThat(failure.reason()).contains("not ISO 19139"));
	}

	@Test
	void anExceptionReportFailsTheHarvest() {
		source.onPath("/csw", request -> Answer.file("application/xml",
				CORPUS.resolve("pycsw-default-csw202/expected/post_Exception-GetRecords-invalid-xml.xml")));

		assertThatThrownBy(() -> new CswProtocol().harvest(new HarvestRequest(source.url("/csw"), Map.of(), 0),
				TestSource.fetcher(), sink))
			.isInstanceOf(HarvestException.class)
			.hasMessageContaining("not valid");
	}

	@ParameterizedTest
	@CsvSource({ "gemini2.1/validation/04_Dataset_Valid.xml, test-record-04", "gemini2.1/validation/08_Series_Valid.xml, test-record-08",
			"gemini2.1/validation/12_Service_Valid.xml, test-record-12", "gemini2.1/service1.xml, test-service-1",
			"gemini2.1/validation/02_Dataset_Invalid_19139_Missing_Data_Format.xml, test-record-02",
			"gemini2.1/validation/03_Dataset_Invalid_GEMINI_Missing_Keyword.xml, test-record-03" })
	void readsGeminiRecords(String file, String remoteId) {
		harvestRecord(CORPUS.resolve("ckanext-spatial").resolve(file));

		RemoteDataset dataset = sink.byId(remoteId);
		assertThat(dataset.title()).isNotBlank();
		assertThat(dataset.bbox()).hasSize(4);
	}

	@Test
	void mapsAGeminiDatasetFully() {
		harvestRecord(CORPUS.resolve("ckanext-spatial/gemini2.1/validation/04_Dataset_Valid.xml"));

		RemoteDataset dataset = sink.byId("test-record-04");
		assertThat(dataset.zones()).containsExactly("ENG", "WLS", "SCT");
		assertThat(dataset.frequency()).isEqualTo("notPlanned");
		assertThat(dataset.themes()).contains("environment");
		assertThat(dataset.temporalStart()).isEqualTo("2000-10-01");
		assertThat(dataset.temporalEnd()).isEqualTo("2012-10-01");
		assertThat(dataset.resources()).isNotEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "01_Dataset_Invalid_XSD_No_Such_Element.xml", "05_Series_Invalid_XSD_No_Such_Element.xml",
			"09_Service_Invalid_No_Such_Element.xml" })
	void aRecordWithoutReadableIdentifierIsAFailure(String file) {
		harvestRecord(CORPUS.resolve("ckanext-spatial/gemini2.1/validation").resolve(file));

		assertThat(sink.datasets).isEmpty();
		assertThat(sink.failures).singleElement().satisfies(failure -> assertThat(failure.reason()).contains("fileIdentifier"));
	}

	@Test
	void truncatedXmlFailsThePage() {
		assertThatThrownBy(() -> harvestRecord(CORPUS.resolve("ckanext-spatial/gemini2.1/error_bad_xml.xml")))
			.isInstanceOf(HarvestException.class);
	}

	/** One standalone record served as a CSW page of one. */
	private void harvestRecord(Path file) {
		String record;
		try {
			record = Files.readString(file).replaceFirst("^\uFEFF?<\\?xml[^>]*>", "");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		source.onPath("/csw", request -> Answer.of("application/xml", String.join("",
				List.of("<csw:GetRecordsResponse xmlns:csw=\"", CswProtocol.CSW, "\"><csw:SearchResults numberOfRecordsMatched=\"1\" ",
						"numberOfRecordsReturned=\"1\" nextRecord=\"0\">", record, "</csw:SearchResults></csw:GetRecordsResponse>"))));
		new CswProtocol().harvest(new HarvestRequest(source.url("/csw"), Map.of(), 0), TestSource.fetcher(), sink);
	}
}
