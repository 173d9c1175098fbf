package org.datagora.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cloud path, with the portal's own code: a real two-node SolrCloud (MiniSolrCloudCluster)
 * reached through ZooKeeper. The portal creates the configset, the collection (one replica on
 * each node) and its alias; searching goes on when a node stops; with no node at all, searches
 * answer 503 while the catalog accepts writes, which are indexed once a node is back.
 */
class SolrCloudSearchTest extends PortalTest {

	private static MiniSolrCloudCluster cluster;

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) throws Exception {
		Path base = Files.createDirectories(Path.of("target/test-data/solrcloud-" + System.nanoTime()));
		cluster = new MiniSolrCloudCluster.Builder(2, base).build();
		registry.add("datagora.search.zk-hosts", () -> cluster.getZkServer().getZkAddress());
		registry.add("datagora.search.replicas", () -> "2");
	}

	@AfterAll
	static void stopCluster() throws Exception {
		cluster.shutdown();
	}

	@Test
	void searchesSurviveANodeAndWritesSurviveTheCluster() throws Exception {
		ApiClient alice = newUser("Alice");
		alice.post("/api/1/datasets/", Map.of("title", "Stationnements vélo de Nantes", "tags", List.of("velo")));
		alice.post("/api/1/datasets/", Map.of("title", "Horaires des bus de Nantes"));
		awaitSearchable();
		assertThat(titles("bicyclette")).containsExactly("Stationnements vélo de Nantes");

		JettySolrRunner first = cluster.stopJettySolrRunner(0);
		assertThat(titles("bicyclette")).containsExactly("Stationnements vélo de Nantes");

		// the list of running nodes shrinks as they stop
		JettySolrRunner second = cluster.stopJettySolrRunner(0);
		ApiClient.Response down = anonymous.get("/api/1/datasets/?q=nantes");
		assertThat(down.status()).isEqualTo(503);
		assertThat(down.header("Content-Type")).startsWith("application/problem+json");
		assertThat(alice.post("/api/1/datasets/", Map.of("title", "Bornes de recharge de Nantes")).status())
			.isEqualTo(201);

		cluster.startJettySolrRunner(first);
		cluster.startJettySolrRunner(second);
		cluster.waitForAllNodes(60);
		// nodes up is not replicas up: wait until the collection answers again
		for (String collection : CollectionAdminRequest.listCollections(cluster.getSolrClient())) {
			cluster.waitForActiveCollection(collection, 60, java.util.concurrent.TimeUnit.SECONDS, 1, 2);
		}
		awaitSearchable();
		assertThat(titles("recharge")).containsExactly("Bornes de recharge de Nantes");

		// a rebuild creates the next collection and moves the alias to it
		ApiClient admin = newSiteAdmin();
		assertThat(admin.post("/api/1/admin/search/reindex", Map.of()).status()).isEqualTo(202);
		JsonNode progress;
		do {
			Thread.sleep(100);
			progress = admin.get("/api/1/admin/search/reindex").json();
		}
		while (progress.get("state").asString().equals("running"));
		assertThat(progress.get("state").asString()).isEqualTo("done");
		assertThat(titles("bicyclette")).containsExactly("Stationnements vélo de Nantes");
		assertThat(CollectionAdminRequest.listCollections(cluster.getSolrClient())).hasSize(1);
	}

	private List<String> titles(String q) {
		ApiClient.Response response = anonymous.get("/api/1/datasets/?q=" + q);
		assertThat(response.status()).isEqualTo(200);
		JsonNode data = response.json().get("data");
		return data.findValuesAsString("title");
	}
}
