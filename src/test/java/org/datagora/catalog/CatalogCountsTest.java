package org.datagora.catalog;

import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page's counts are kept, but follow every change made on this node at once. */
class CatalogCountsTest extends PortalTest {

	@Autowired
	CatalogCounts counts;

	@Test
	void countsFollowCreationsDeletionsAndResources() {
		ApiClient alice = newUser("Alice");
		CatalogCounts.Counts before = counts.get();

		alice.post("/api/1/organizations/", organization("Commune de Comptage"));
		String id = alice.post("/api/1/datasets/", Map.of("title", "Compteurs vélo")).json().get("id").asString();
		alice.post("/api/1/datasets/" + id + "/resources/", Map.of("title", "CSV", "url", "https://example.org/c.csv"));
		CatalogCounts.Counts after = counts.get();
		assertThat(after.organizations()).isEqualTo(before.organizations() + 1);
		assertThat(after.datasets()).isEqualTo(before.datasets() + 1);
		assertThat(after.resources()).isEqualTo(before.resources() + 1);

		alice.delete("/api/1/datasets/" + id);
		assertThat(counts.get().datasets()).isEqualTo(before.datasets());
		assertThat(counts.get().resources()).isEqualTo(before.resources());
	}
}
