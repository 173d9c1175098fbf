package org.datagora.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Against the corpus in ../shared/testdata (when present): the reference data shipped in the
 * application is the published release, unchanged, and every current commune became a zone.
 */
class GeoReferenceCorpusTest extends PortalTest {

	private static final Path CORPUS = Path.of("..", "shared", "testdata", "fr-reference-data",
			"decoupage-administratif-6.0.0");

	@Autowired
	GeoZones zones;

	@Test
	void theShippedReferenceDataIsThePublishedReleaseAndIsFullyLoaded() throws IOException {
		assumeTrue(Files.isDirectory(CORPUS), "skipped: ../shared/testdata/fr-reference-data is absent");
		for (String name : new String[] { "communes", "departements", "regions", "epci" }) {
			try (InputStream shipped = new GZIPInputStream(new ClassPathResource("geo/" + name + ".json.gz")
				.getInputStream())) {
				assertThat(shipped.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(CORPUS.resolve(name + ".json")));
			}
		}
		JsonNode communes = read("communes");
		long current = 0;
		for (JsonNode commune : communes) {
			if ("commune-actuelle".equals(commune.path("type").asString())) {
				current++;
			}
		}
		assertThat(zones.ofLevel("commune", null)).hasSize((int) current);
		// the release lists the overseas collectivities among departements and regions too
		assertThat(zones.ofLevel("departement", null)).hasSize(count("departements")).hasSizeGreaterThan(101);
		assertThat(zones.ofLevel("region", null)).hasSize(count("regions")).hasSizeGreaterThan(18);
	}

	private static JsonNode read(String name) {
		return JsonMapper.builder().build().readTree(CORPUS.resolve(name + ".json").toFile());
	}

	private static int count(String name) {
		return read(name).size();
	}
}
