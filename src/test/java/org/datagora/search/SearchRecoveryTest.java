package org.datagora.search;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datagora.DatagoraApplication;
import org.datagora.catalog.DatasetInput;
import org.datagora.catalog.Datasets;
import org.datagora.identity.Accounts;
import org.datagora.identity.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No lost update: a dataset committed while its indexing could not happen (the indexer dead,
 * as in a crash between the commit and the index) is indexed at the next start, from the event
 * the write left in the publication registry.
 */
class SearchRecoveryTest {

	@Test
	void aChangeLeftUnindexedByACrashIsIndexedAtTheNextStart() throws InterruptedException {
		Path dir = Path.of("target/test-data/recovery-" + UUID.randomUUID());
		String[] args = { "--spring.profiles.active=test",
				"--datagora.db.embedded-directory=" + dir.resolve("postgres"),
				"--datagora.files.directory=" + dir.resolve("files"),
				"--datagora.search.directory=" + dir.resolve("solr") };
		UUID id;
		try (ConfigurableApplicationContext first = start(args)) {
			first.getBean(SearchIndexer.class).stop();
			Viewer alice = first.getBean(Accounts.class)
				.signUp("alice-" + UUID.randomUUID() + "@example.org", "Alice", "correct horse battery staple");
			id = alice.act(() -> first.getBean(Datasets.class)
				.create(new DatasetInput("Inventaire des ponts", null, null, null, null, null, null, null, null, null,
						null, null, null, null, null, null, null))
				.id());
			assertThat(unhandledEvents(first)).isEqualTo(1);
			assertThat(search(first, "ponts")).isZero();
		}
		try (ConfigurableApplicationContext second = start(args)) {
			long deadline = System.currentTimeMillis() + 20_000;
			while (search(second, "ponts") == 0 && System.currentTimeMillis() < deadline) {
				Thread.sleep(50);
			}
			assertThat(second.getBean(DatasetSearch.class).search(query("ponts")).items().get(0).item().id())
				.isEqualTo(id);
			assertThat(unhandledEvents(second)).isZero();
		}
	}

	private static ConfigurableApplicationContext start(String[] args) {
		return new SpringApplicationBuilder(DatagoraApplication.class).web(WebApplicationType.NONE).run(args);
	}

	private static long unhandledEvents(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single();
	}

	private static long search(ConfigurableApplicationContext context, String q) {
		return context.getBean(DatasetSearch.class).search(query(q)).total();
	}

	private static DatasetQuery query(String q) {
		return new DatasetQuery(q, Map.of(), null, null, false, null, 1, 20, null, Set.of(), 10, false);
	}
}
