package org.datagora.harvest.protocol;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.datagora.harvest.CollectingSink;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonPagesTest {

	private final CollectingSink sink = new CollectingSink();

	@Test
	void readsTheItemsOfTheListAndTheScalarsAroundItButNotOtherObjects() {
		JsonPages.Page page = new JsonPages(sink, 0).read(response("""
				{"help": "h", "result": {"count": 2, "facets": {"a": 1}, "results": [{"id": "1", "title": "Un"},
				{"id": "2", "title": "Deux"}]}, "next": null}"""), List.of("result.results"), JsonPagesTest::dataset);

		assertThat(page.hasList()).isTrue();
		assertThat(page.items()).isEqualTo(2);
		assertThat(page.field("result.count")).isEqualTo("2");
		assertThat(page.field("help")).isEqualTo("h");
		assertThat(page.fields()).doesNotContainKey("result.facets.a").containsEntry("next", null);
		assertThat(sink.datasets).extracting(RemoteDataset::title).containsExactly("Un", "Deux");
	}

	@Test
	void readsAPageThatIsTheListItself() {
		JsonPages.Page page = new JsonPages(sink, 0).read(response("[{\"id\": \"1\", \"title\": \"Un\"}]"), List.of(""),
				JsonPagesTest::dataset);

		assertThat(page.hasList()).isTrue();
		assertThat(sink.datasets).hasSize(1);
	}

	@Test
	void anItemWithoutIdOrTitleOrThatCannotBeMappedFailsAloneAndTheReadingGoesOn() {
		new JsonPages(sink, 0).read(response("""
				[{"title": "Orphelin"}, {"id": "2"}, {"id": "3", "title": "Trois", "broken": true}, {"id": "4", "title": "Quatre"}]"""),
				List.of(""), item -> {
					if (item.has("broken")) {
						throw new IllegalArgumentException("bad date");
					}
					return dataset(item);
				});

		assertThat(sink.failures).extracting(CollectingSink.Failure::remoteId).containsExactly(null, "2", "3");
		assertThat(sink.failures).extracting(CollectingSink.Failure::reason)
			.containsExactly("A dataset has no identifier (title: Orphelin)", "The dataset has no title",
					"Unreadable dataset: bad date");
		assertThat(sink.datasets).extracting(RemoteDataset::remoteId).containsExactly("4");
	}

	@Test
	void stopsReadingOnceMaxItemsAreAcceptedFailuresNotCounted() {
		JsonPages pages = new JsonPages(sink, 2);
		pages.read(response("[{\"id\": \"1\"}, {\"id\": \"2\", \"title\": \"B\"}, {\"id\": \"3\", \"title\": \"C\"}, {\"id\""),
				List.of(""), JsonPagesTest::dataset);

		assertThat(pages.full()).isTrue();
		assertThat(sink.datasets).hasSize(2);
	}

	@Test
	void anEmptyPageIsNotJson() {
		assertThatThrownBy(() -> new JsonPages(sink, 0).read(response(""), List.of(""), JsonPagesTest::dataset))
			.isInstanceOf(HarvestException.class)
			.hasMessageContaining("the page is empty");
	}

	@Test
	void findsThePortalRootFromAnyOfItsUrls() {
		assertThat(JsonPages.portalRoot(URI.create("https://demo.ckan.org/"))).isEqualTo("https://demo.ckan.org");
		assertThat(JsonPages.portalRoot(URI.create("https://x.example/data/api/3/action/package_search?q=a")))
			.isEqualTo("https://x.example/data");
		assertThat(JsonPages.portalRoot(URI.create("https://ods.example/explore/?sort=modified")))
			.isEqualTo("https://ods.example");
	}

	private static RemoteDataset dataset(JsonNode item) {
		return new RemoteDataset(JsonFields.text(item, "id"), null, JsonFields.text(item, "title"), null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null);
	}

	private static RemoteFetcher.Response response(String body) {
		return new RemoteFetcher.Response(URI.create("https://source.example/page"), "application/json", Map.of(),
				new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
	}
}
