package org.datagora.harvest.udata;

import java.nio.file.Files;
import java.nio.file.Path;

import org.datagora.harvest.CollectingSink;
import org.datagora.harvest.TestSource;
import org.datagora.harvest.TestSource.Answer;
import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.RemoteDataset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 15 real data.gouv.fr datasets of udata's fixtures (../shared/testdata/udata-api), which keep
 * dataset, organization and resources apart: they are put back together as one API v1 page.
 */
class UdataCorpusTest {

	private static final Path RESULTS = Path.of("../shared/testdata/udata-api/udata-fixtures/results.json");

	@Test
	void readsRealDataGouvDatasets() throws Exception {
		assumeTrue(Files.isRegularFile(RESULTS), "skipped: the corpus file " + RESULTS.toAbsolutePath() + " is absent");
		JsonMapper mapper = JsonMapper.builder().build();
		ArrayNode data = mapper.createArrayNode();
		for (JsonNode fixture : mapper.readTree(RESULTS.toFile()).path("datasets")) {
			ObjectNode dataset = ((ObjectNode) fixture.path("dataset")).deepCopy();
			dataset.set("organization", fixture.path("organization"));
			dataset.set("resources", fixture.path("resources"));
			data.add(dataset);
		}
		ObjectNode page = mapper.createObjectNode().set("data", data);
		page.putNull("next_page");
		CollectingSink sink = new CollectingSink();
		try (TestSource source = new TestSource()) {
			source.onPath("/api/1/datasets/", request -> Answer.of("application/json", page.toString()));

			new UdataProtocol().harvest(new HarvestRequest(source.url("/"), null, 0), TestSource.fetcher(), sink);
		}

		assertThat(sink.failures).isEmpty();
		assertThat(sink.datasets).hasSize(data.size()).hasSizeGreaterThanOrEqualTo(15);
		RemoteDataset rickroll = sink.byId("6065c5cd9f89bfd828bcbf5c");
		assertThat(rickroll.title()).isEqualTo("Nombre de personnes rickrollées sur data.gouv.fr");
		assertThat(rickroll.frequency()).isEqualTo("punctual");
		assertThat(rickroll.tags()).containsExactly("never-gonna-give-you-up");
		assertThat(rickroll.temporalStart()).isEqualTo("2021-04-01");
		assertThat(rickroll.publisher()).isEqualTo("data.gouv.fr");
		assertThat(rickroll.remotePage()).endsWith("/datasets/nombre-de-personnes-rickrollees-sur-data-gouv-fr/");
		assertThat(rickroll.resources()).singleElement().satisfies(resource -> {
			assertThat(resource.checksum()).isEqualTo("sha1:ea30d3ed445f208a5b08d23dae1976376f525d47");
			assertThat(resource.size()).isEqualTo(73L);
			assertThat(resource.mime()).isEqualTo("text/csv");
		});
		assertThat(sink.datasets).flatMap(RemoteDataset::resources).allSatisfy(resource -> assertThat(resource.url()).isNotBlank());
	}
}
