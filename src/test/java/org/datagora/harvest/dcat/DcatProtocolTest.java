package org.datagora.harvest.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.datagora.harvest.CollectingSink;
import org.datagora.harvest.TestSource;
import org.datagora.harvest.TestSource.Answer;
import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteFetcher;
import org.datagora.harvest.protocol.RemoteResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DcatProtocolTest {

	private final TestSource source = new TestSource();

	private final CollectingSink sink = new CollectingSink();

	@AfterEach
	void stop() {
		source.close();
	}

	@Test
	void mapsEveryDcatField() {
		source.on("/catalog", Answer.of("text/turtle", fixture("catalog.ttl")));

		harvest(new DcatProtocol(), "/catalog", 0);

		assertFullCatalog();
	}

	@Test
	void aDumpReadInBatchesGivesWhatTheWholeGraphGives() {
		source.on("/dump.ttl", Answer.of("application/octet-stream", fixture("catalog.ttl")));

		harvest(new DcatProtocol(new RdfPage.Limits(0, 1, Long.MAX_VALUE)), "/dump.ttl", 0);

		assertFullCatalog();
	}

	private void assertFullCatalog() {
		assertThat(sink.datasets).extracting(RemoteDataset::remoteId)
			.containsExactlyInAnyOrder("fountains-2024", "https://catalogue.example.org/ds/benches");
		assertThat(sink.failures).singleElement().satisfies(failure -> {
			assertThat(failure.remoteId()).isEqualTo("untitled-1");
			assertThat(failure.reason()).contains("dct:title");
		});
		RemoteDataset fountains = sink.byId("fountains-2024");
		assertThat(fountains.title()).isEqualTo("Fontaines à boire");
		assertThat(fountains.description()).isEqualTo("Les fontaines publiques de la ville.");
		assertThat(fountains.remotePage()).isEqualTo("https://catalogue.example.org/pages/fountains");
		assertThat(fountains.tags()).containsExactlyInAnyOrder("eau", "fontaine", "espace public");
		assertThat(fountains.themes()).containsExactlyInAnyOrder(
				"http://publications.europa.eu/resource/authority/data-theme/ENVI", "Santé");
		assertThat(fountains.license()).isEqualTo("https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
		assertThat(fountains.frequency()).isEqualTo("http://publications.europa.eu/resource/authority/frequency/MONTHLY");
		assertThat(fountains.zones()).containsExactlyInAnyOrder("https://id.example.org/commune/75056", "Paris");
		assertThat(fountains.bbox()).containsExactly(2.22, 48.81, 2.47, 48.90);
		assertThat(fountains.temporalStart()).isEqualTo("2024-01-01");
		assertThat(fountains.temporalEnd()).isEqualTo("2024-12-31");
		assertThat(fountains.publisher()).isEqualTo("Ville d'Exemple");
		assertThat(fountains.contactName()).isEqualTo("Service de l'eau");
		assertThat(fountains.contactEmail()).isEqualTo("eau@example.org");
		assertThat(fountains.modified()).isEqualTo(Instant.parse("2024-06-30T08:15:00Z"));
		assertThat(fountains.resources()).extracting(RemoteResource::url)
			.containsExactlyInAnyOrder("https://catalogue.example.org/files/fountains.csv",
					"https://catalogue.example.org/api/fountains");
		RemoteResource csv = fountains.resources().stream().filter(r -> r.url().endsWith(".csv")).findFirst().orElseThrow();
		assertThat(csv).isEqualTo(new RemoteResource("Fontaines (CSV)", null,
				"https://catalogue.example.org/files/fountains.csv",
				"http://publications.europa.eu/resource/authority/file-type/CSV", "text/csv", 20480L, "sha256:ab12cd34",
				"https://schema.example.org/fountains/schema.json"));

		RemoteDataset benches = sink.byId("https://catalogue.example.org/ds/benches");
		assertThat(benches.title()).isEqualTo("Bancs publics");
		assertThat(benches.license()).isEqualTo("Licence Ouverte v2.0");
		assertThat(benches.frequency()).isEqualTo("annual");
		assertThat(benches.zones()).containsExactly("Lyon");
		assertThat(benches.temporalStart()).isEqualTo("2020-01-01");
		assertThat(benches.modified()).isEqualTo(Instant.parse("2023-03-01T00:00:00Z"));
		assertThat(benches.resources()).isEmpty();
	}

	@Test
	void followsHydraPartialCollectionViews() {
		source.on("/catalog.jsonld?page=1", Answer.of("application/ld+json", fixture("partial-1.jsonld")));
		source.on("/catalog.jsonld?page=2", Answer.of("application/ld+json", fixture("partial-2.jsonld")));

		harvest(new DcatProtocol(), "/catalog.jsonld?page=1", 0);

		assertThat(sink.datasets).extracting(RemoteDataset::remoteId).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(sink.byId("a").resources()).extracting(RemoteResource::url)
			.containsExactly("https://catalogue.example.org/a.csv");
	}

	@Test
	void followsOlderPagedCollectionsAcrossSyntaxesChosenByExtensionAndSniffing() {
		source.on("/catalog?page=1", Answer.of("application/rdf+xml", fixture("paged-1.rdf")));
		source.on("/catalog?page=2", Answer.of("text/plain", fixture("paged-2.nt")));

		harvest(new DcatProtocol(), "/catalog?page=1", 0);

		assertThat(sink.datasets).extracting(RemoteDataset::remoteId)
			.containsExactly("https://catalogue.example.org/ds/x", "https://catalogue.example.org/ds/y");
		assertThat(sink.datasets.get(0).resources()).singleElement()
			.satisfies(resource -> assertThat(resource.mime()).isEqualTo("text/html"));
	}

	@Test
	void stopsAtMaxItemsWithoutReadingTheNextPage() {
		source.on("/catalog.jsonld?page=1", Answer.of("application/ld+json", fixture("partial-1.jsonld")));

		harvest(new DcatProtocol(), "/catalog.jsonld?page=1", 1);

		assertThat(sink.datasets).hasSize(1);
		assertThat(source.requests()).hasSize(1);
	}

	@Test
	void readsADataJsonCatalog() {
		source.on("/data.json", Answer.of("application/json", fixture("data.json")));

		harvest(new DcatProtocol(), "/data.json", 0);

		assertThat(sink.datasets).extracting(RemoteDataset::remoteId)
			.containsExactly("https://hub.example.org/datasets/parks", "streets");
		assertThat(sink.failures).extracting(CollectingSink.Failure::remoteId).containsExactly("no-title", null);
		RemoteDataset parks = sink.datasets.get(0);
		assertThat(parks).extracting(RemoteDataset::title, RemoteDataset::license, RemoteDataset::frequency,
				RemoteDataset::temporalStart, RemoteDataset::temporalEnd, RemoteDataset::publisher,
				RemoteDataset::contactName, RemoteDataset::contactEmail, RemoteDataset::remotePage)
			.containsExactly("Parks", "https://creativecommons.org/licenses/by/4.0/", "R/P1M", "2010-01-01", "2020-12-31",
					"Town of Example", "GIS team", "gis@example.org", "https://hub.example.org/datasets/parks");
		assertThat(parks.tags()).containsExactly("parks", "green");
		assertThat(parks.themes()).containsExactly("Environment");
		assertThat(parks.bbox()).containsExactly(-1.55, 47.2, -1.5, 47.25);
		assertThat(parks.modified()).isEqualTo(Instant.parse("2024-02-03T04:05:06Z"));
		assertThat(parks.resources()).extracting(RemoteResource::url, RemoteResource::format, RemoteResource::mime)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("https://hub.example.org/parks.csv", "CSV", "text/csv"),
					org.assertj.core.groups.Tuple.tuple("https://hub.example.org/rest/parks", "Esri REST", null));
		assertThat(sink.byId("streets").zones()).containsExactly("Nantes");
	}

	@Test
	void readsAnRdfXmlPageWithoutItsExternalEntity() {
		source.on("/xxe.rdf", Answer.of("application/rdf+xml", fixture("xxe.rdf")));

		harvest(new DcatProtocol(), "/xxe.rdf", 0);

		assertThat(sink.datasets).singleElement().satisfies(dataset -> assertThat(dataset.title()).isEqualTo("Leak"));
	}

	@Test
	void neverFetchesAnExternalDtdOrParameterEntity() {
		try (TestSource elsewhere = new TestSource()) {
			elsewhere.on("/evil.dtd", Answer.of("application/xml-dtd", "<!ENTITY leak \"leaked\">"));
			String dtd = elsewhere.url("/evil.dtd").toString();
			source.on("/dtd.rdf", Answer.of("application/rdf+xml", fixture("xxe.rdf")
				.replace("<!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>",
						"<!DOCTYPE rdf:RDF SYSTEM \"" + dtd + "\">")));
			source.on("/parameter.rdf", Answer.of("application/rdf+xml", fixture("xxe.rdf")
				.replace("<!ENTITY secret SYSTEM \"file:///etc/passwd\">",
						"<!ENTITY % remote SYSTEM \"" + dtd + "\"> %remote;")));

			for (String page : new String[] { "/dtd.rdf", "/parameter.rdf" }) {
				try {
					harvest(new DcatProtocol(), page, 0);
				}
				catch (HarvestException refused) {
					// refusing the page is as good as ignoring the DTD
				}
			}

			assertThat(elsewhere.requests()).isEmpty();
			assertThat(sink.datasets).allSatisfy(dataset -> assertThat(dataset.title()).doesNotContain("leaked"));
		}
	}

	@Test
	void refusesAnEntityBombQuickly() {
		source.on("/laughs.rdf", Answer.of("application/rdf+xml", fixture("laughs.rdf")));
		long start = System.nanoTime();

		assertThatThrownBy(() -> harvest(new DcatProtocol(), "/laughs.rdf", 0)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("entity");
		assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
		assertThat(sink.datasets).isEmpty();
	}

	@Test
	void fetchesARemoteJsonLdContextThroughTheFetcherOnly() {
		source.on("/context.jsonld", Answer.of("application/ld+json", fixture("context.jsonld")));
		source.on("/dataset.jsonld", Answer.of("application/ld+json",
				fixture("remote-context.jsonld").replace("CONTEXT_URL", source.url("/context.jsonld").toString())));
		List<URI> fetched = new ArrayList<>();
		RemoteFetcher recording = recording(TestSource.fetcher(), fetched, null);

		new DcatProtocol().harvest(new HarvestRequest(source.url("/dataset.jsonld"), Map.of(), 0), recording, sink);

		assertThat(sink.datasets).singleElement()
			.satisfies(dataset -> assertThat(dataset.title()).isEqualTo("Named through a remote context"));
		assertThat(fetched).containsExactly(source.url("/dataset.jsonld"), source.url("/context.jsonld"));
	}

	@Test
	void aContextTheFetcherRefusesIsNeverFetchedOtherwise() {
		try (TestSource elsewhere = new TestSource()) {
			elsewhere.on("/context.jsonld", Answer.of("application/ld+json", fixture("context.jsonld")));
			source.on("/dataset.jsonld", Answer.of("application/ld+json",
					fixture("remote-context.jsonld").replace("CONTEXT_URL", elsewhere.url("/context.jsonld").toString())));
			RemoteFetcher refusing = recording(TestSource.fetcher(), new ArrayList<>(), elsewhere.url("/context.jsonld"));

			assertThatThrownBy(() -> new DcatProtocol()
				.harvest(new HarvestRequest(source.url("/dataset.jsonld"), Map.of(), 0), refusing, sink))
				.isInstanceOf(HarvestException.class);
			assertThat(elsewhere.requests()).isEmpty();
		}
	}

	@Test
	void aJsonLdPageTooLargeToHoldFailsTheHarvest() {
		source.on("/catalog.jsonld", Answer.of("application/ld+json", fixture("partial-1.jsonld")));

		assertThatThrownBy(() -> harvest(new DcatProtocol(new RdfPage.Limits(0, 1, 100)), "/catalog.jsonld", 0))
			.isInstanceOf(HarvestException.class)
			.hasMessageContaining("too large");
	}

	@Test
	void anUnparsablePageFailsTheHarvest() {
		source.on("/broken.ttl", Answer.of("text/turtle", "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<a> a dcat:Dataset ; <b> \"unterminated"));

		assertThatThrownBy(() -> harvest(new DcatProtocol(), "/broken.ttl", 0)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("Turtle");
	}

	private void harvest(DcatProtocol protocol, String path, int maxItems) {
		protocol.harvest(new HarvestRequest(source.url(path), Map.of(), maxItems), TestSource.fetcher(), sink);
	}

	/** A fetcher that records what it is asked, and refuses {@code refused} as an address guard would. */
	private static RemoteFetcher recording(RemoteFetcher fetcher, List<URI> fetched, URI refused) {
		return new RemoteFetcher() {

			@Override
			public Response get(URI url, String accept) {
				fetched.add(url);
				if (url.equals(refused)) {
					throw new HarvestException("Address refused: " + url);
				}
				return fetcher.get(url, accept);
			}

			@Override
			public Response post(URI url, String contentType, String body, String accept) {
				throw new UnsupportedOperationException();
			}
		};
	}

	static String fixture(String name) {
		try {
			return Files.readString(Path.of("src/test/resources/harvest/dcat", name), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
