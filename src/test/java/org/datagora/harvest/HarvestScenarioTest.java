package org.datagora.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.datagora.harvest.TestSource.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A whole harvest, through the API, of a udata portal played by a real HTTP server: validation,
 * first harvest, re-harvest without change, one change, one deletion archived and brought back,
 * a walk that fails half-way (nothing archived, nothing duplicated, the next run completes),
 * a job whose node died (ended as failed), and a redirect towards a private address.
 */
class HarvestScenarioTest extends PortalTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private final TestSource remote = new TestSource();

	/** The datasets the remote portal lists, by id, in order; the tests change them. */
	private final Map<String, Map<String, Object>> listed = new LinkedHashMap<>();

	/** When set, the second page answers this status instead. */
	private final AtomicInteger secondPageStatus = new AtomicInteger(200);

	@AfterEach
	void stop() {
		remote.close();
	}

	private void serve(int pageSize) {
		remote.onPath("/api/1/datasets/", request -> {
			int page = request.pathAndQuery().matches(".*[?&]page=(\\d+).*")
					? Integer.parseInt(request.pathAndQuery().replaceAll(".*[?&]page=(\\d+).*", "$1")) : 1;
			if (page == 2 && secondPageStatus.get() != 200) {
				return new Answer(secondPageStatus.get(), "text/plain", "unavailable".getBytes(), Map.of());
			}
			List<Map<String, Object>> all = new ArrayList<>(listed.values());
			int from = Math.min((page - 1) * pageSize, all.size());
			int to = Math.min(from + pageSize, all.size());
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("data", all.subList(from, to));
			body.put("page", page);
			body.put("page_size", pageSize);
			body.put("total", all.size());
			body.put("next_page", to < all.size() ? remote.url("/api/1/datasets/?page=" + (page + 1)).toString() : null);
			return Answer.of("application/json", json.writeValueAsString(body));
		});
	}

	private static Map<String, Object> udataDataset(String id, String title, String zone) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("id", id);
		dataset.put("title", title);
		dataset.put("description", "Données de " + title.toLowerCase());
		dataset.put("page", "https://remote.example.org/fr/datasets/" + id + "/");
		dataset.put("tags", List.of("mobilite", "velo"));
		dataset.put("license", "lov2");
		dataset.put("frequency", "monthly");
		dataset.put("spatial", Map.of("zones", List.of(zone), "granularity", "fr:commune"));
		dataset.put("organization", Map.of("name", "Métropole de Lyon"));
		dataset.put("last_update", "2026-01-15T10:00:00+00:00");
		dataset.put("resources", List.of(Map.of("id", id + "-r1", "title", title + " (CSV)", "url",
				"https://remote.example.org/files/" + id + ".csv", "format", "csv", "mime", "text/csv", "filesize",
				1234)));
		return dataset;
	}

	private String newSource(ApiClient admin, String organization, int graceDays) {
		return admin.post("/api/1/harvest/sources", Map.of("organization", organization, "name", "Portail de test",
				"url", remote.url("").toString(), "protocol", "udata", "grace_days", graceDays)).json().get("id")
			.asString();
	}

	private JsonNode run(ApiClient client, String source) {
		ApiClient.Response started = client.post("/api/1/harvest/sources/" + source + "/jobs", Map.of());
		assertThat(started.status()).as(started.text()).isEqualTo(202);
		String job = started.json().get("id").asString();
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			JsonNode state = client.get("/api/1/harvest/jobs/" + job).json();
			if (state.get("state").asString().equals("done") || state.get("state").asString().equals("failed")) {
				return state;
			}
			sleep(50);
		}
		throw new AssertionError("job " + job + " did not end within 30 s");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private long datasetsOf(String source) {
		return jdbc.sql("select count(*) from dataset where origin_source_id = cast(? as uuid)").param(source)
			.query(Long.class).single();
	}

	@Test
	void aSourceIsValidatedThenHarvestedAgainAndAgainWithoutDuplicatesAndFollowsItsChanges() {
		for (int i = 1; i <= 5; i++) {
			listed.put("remote-" + i, udataDataset("remote-" + i, "Stationnements vélo " + i, "fr:commune:69123"));
		}
		serve(2);
		ApiClient admin = newUser("Odile");
		String organization = admin.post("/api/1/organizations", organization("Métropole moissonnée")).json()
			.get("id").asString();
		String source = newSource(admin, organization, 0);
		assertThat(admin.get("/api/1/harvest/sources/" + source).json().get("validation").asString())
			.isEqualTo("pending");
		// not run before a site admin accepts it, and not visible to others meanwhile
		assertThat(admin.post("/api/1/harvest/sources/" + source + "/jobs", Map.of()).status()).isEqualTo(409);
		assertThat(anonymous.get("/api/1/harvest/sources/" + source).status()).isEqualTo(404);
		assertThat(admin.post("/api/1/harvest/sources/" + source + "/validation", Map.of("accepted", true)).status())
			.isEqualTo(403);
		ApiClient siteAdmin = newSiteAdmin();
		assertThat(siteAdmin.post("/api/1/harvest/sources/" + source + "/validation",
				Map.of("accepted", true, "note", "Portail connu")).status()).isEqualTo(200);

		JsonNode first = run(admin, source);
		assertThat(first.get("state").asString()).as(first.toString()).isEqualTo("done");
		assertThat(first.get("created").asInt()).isEqualTo(5);
		assertThat(datasetsOf(source)).isEqualTo(5);
		String datasetId = jdbc.sql("select d.id::text from dataset d join harvest_record r on r.dataset_id = d.id"
				+ " where r.remote_id = 'remote-1'").query(String.class).single();
		JsonNode dataset = anonymous.get("/api/1/datasets/" + datasetId).json();
		assertThat(dataset.get("title").asString()).isEqualTo("Stationnements vélo 1");
		assertThat(dataset.get("license").asString()).isEqualTo("lov2");
		assertThat(dataset.get("frequency").asString()).isEqualTo("MONTHLY");
		assertThat(dataset.get("spatial").get("zones").get(0).asString()).isEqualTo("fr:commune:69123");
		assertThat(dataset.get("origin").get("remote_id").asString()).isEqualTo("remote-1");
		assertThat(dataset.get("origin").get("remote_page").asString())
			.isEqualTo("https://remote.example.org/fr/datasets/remote-1/");
		assertThat(dataset.get("resources").get(0).get("harvested").asBoolean()).isTrue();
		String resourceId = dataset.get("resources").get(0).get("id").asString();
		int version = dataset.get("version").asInt();
		awaitSearchable();
		assertThat(anonymous.get("/api/1/datasets/?q=stationnements&organization=" + organization).json().get("total")
			.asInt()).isEqualTo(5);

		JsonNode again = run(admin, source);
		assertThat(again.get("unchanged").asInt()).as(again.toString()).isEqualTo(5);
		assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
		assertThat(anonymous.get("/api/1/datasets/" + datasetId).json().get("version").asInt()).isEqualTo(version);

		listed.get("remote-1").put("title", "Stationnements vélo sécurisés");
		JsonNode changed = run(admin, source);
		assertThat(changed.get("updated").asInt()).isEqualTo(1);
		assertThat(changed.get("unchanged").asInt()).isEqualTo(4);
		JsonNode updated = anonymous.get("/api/1/datasets/" + datasetId).json();
		assertThat(updated.get("title").asString()).isEqualTo("Stationnements vélo sécurisés");
		// the resource kept its id, so its stable link still works
		assertThat(updated.get("resources").get(0).get("id").asString()).isEqualTo(resourceId);

		// what comes from the source is read-only here
		ApiClient.Response edit = admin.put("/api/1/datasets/" + datasetId, Map.of("title", "Titre local"));
		assertThat(edit.status()).isEqualTo(400);
		assertThat(edit.text()).contains("harvest source");
		assertThat(admin.delete("/api/1/datasets/" + datasetId + "/resources/" + resourceId).status()).isEqualTo(409);

		// gone from the source: archived after the grace period (0 days here), back when listed again
		Map<String, Object> removed = listed.remove("remote-2");
		JsonNode gone = run(admin, source);
		assertThat(gone.get("archived").asInt()).as(gone.toString()).isEqualTo(1);
		String goneId = jdbc.sql("select dataset_id::text from harvest_record where remote_id = 'remote-2'")
			.query(String.class).single();
		assertThat(anonymous.get("/api/1/datasets/" + goneId).json().get("archived").isNull()).isFalse();
		listed.put("remote-2", removed);
		JsonNode back = run(admin, source);
		assertThat(back.get("updated").asInt()).isEqualTo(1);
		assertThat(anonymous.get("/api/1/datasets/" + goneId).json().get("archived").isNull()).isTrue();
		assertThat(datasetsOf(source)).isEqualTo(5);

		JsonNode items = admin.get("/api/1/harvest/jobs/" + back.get("id").asString() + "/items?outcome=updated")
			.json();
		assertThat(items.get("total").asInt()).isEqualTo(1);
		assertThat(items.get("data").get(0).get("remote_id").asString()).isEqualTo("remote-2");
	}

	@Test
	void aWalkThatFailsHalfWayArchivesNothingAndTheNextRunCompletesWithoutDuplicates() {
		for (int i = 1; i <= 4; i++) {
			listed.put("half-" + i, udataDataset("half-" + i, "Bornes de recharge " + i, "fr:departement:69"));
		}
		serve(2);
		ApiClient siteAdmin = newSiteAdmin();
		String organization = siteAdmin.post("/api/1/organizations", organization("Syndicat d'énergie")).json()
			.get("id").asString();
		String source = newSource(siteAdmin, organization, 0);
		assertThat(run(siteAdmin, source).get("created").asInt()).isEqualTo(4);

		secondPageStatus.set(503);
		JsonNode failed = run(siteAdmin, source);
		assertThat(failed.get("state").asString()).isEqualTo("failed");
		assertThat(failed.get("error").asString()).contains("HTTP 503");
		assertThat(failed.get("archived").asInt()).isZero();
		assertThat(jdbc.sql("select count(*) from dataset where origin_source_id = cast(? as uuid) and archived_at is null")
			.param(source).query(Long.class).single()).isEqualTo(4);

		secondPageStatus.set(200);
		listed.put("half-5", udataDataset("half-5", "Bornes de recharge 5", "fr:departement:69"));
		JsonNode next = run(siteAdmin, source);
		assertThat(next.get("state").asString()).isEqualTo("done");
		assertThat(next.get("created").asInt()).isEqualTo(1);
		assertThat(next.get("unchanged").asInt()).isEqualTo(4);
		assertThat(datasetsOf(source)).isEqualTo(5);
	}

	@Test
	void aJobWhoseNodeDiedIsEndedAsFailedAndARedirectToAPrivateAddressFailsTheJob() {
		listed.put("one", udataDataset("one", "Arbres d'alignement", "fr:commune:69123"));
		serve(10);
		ApiClient siteAdmin = newSiteAdmin();
		String organization = siteAdmin.post("/api/1/organizations", organization("Ville arborée")).json()
			.get("id").asString();
		String source = newSource(siteAdmin, organization, 7);
		// a job left running by a node that died: its heartbeat stopped a minute ago
		jdbc.sql("""
				insert into harvest_job (id, source_id, state, started_at, heartbeat_at)
				values (gen_random_uuid(), cast(? as uuid), 'running', now() - interval '2 minutes', now() - interval '1 minute')
				""").param(source).update();
		long deadline = System.currentTimeMillis() + 15_000;
		while (jdbc.sql("select count(*) from harvest_job where source_id = cast(? as uuid) and state = 'running'")
			.param(source).query(Long.class).single() > 0) {
			assertThat(System.currentTimeMillis()).as("the dead job is still running").isLessThan(deadline);
			sleep(100);
		}
		JsonNode jobs = siteAdmin.get("/api/1/harvest/sources/" + source + "/jobs").json();
		assertThat(jobs.get(0).get("state").asString()).isEqualTo("failed");
		assertThat(jobs.get(0).get("error").asString()).contains("Interrupted");
		assertThat(run(siteAdmin, source).get("created").asInt()).isEqualTo(1);

		remote.onPath("/api/1/datasets/", request -> Answer.redirect("http://169.254.169.254/latest/meta-data/"));
		JsonNode refused = run(siteAdmin, source);
		assertThat(refused.get("state").asString()).isEqualTo("failed");
		assertThat(refused.get("error").asString()).contains("private, local or reserved");
	}
}
