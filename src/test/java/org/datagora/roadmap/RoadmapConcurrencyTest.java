package org.datagora.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.datagora.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Changes made at the same time: a stale version is refused, and nothing else is ever lost. */
class RoadmapConcurrencyTest extends RoadmapTestSupport {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aChangeMadeOnAStaleVersionIsRefusedWith412() {
		Org org = newOrganization("Ville Test");
		ApiClient anna = member(org, "Anna");
		ApiClient boris = member(org, "Boris");
		String id = plan(anna, org, "Arbres", today().plusDays(30)).get("id").asString();
		String etag = anonymous.get("/api/1/roadmaps/entries/" + id).header("ETag");

		ApiClient.Response first = anna.put("/api/1/roadmaps/entries/" + id, Map.of("title", "Arbres d'alignement"),
				"If-Match", etag);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("ETag")).isEqualTo("\"2\"");
		ApiClient.Response second = boris.put("/api/1/roadmaps/entries/" + id, Map.of("title", "Arbres remarquables"),
				"If-Match", etag);
		assertThat(second.status()).isEqualTo(412);
		assertThat(second.header("Content-Type")).startsWith("application/problem+json");
		assertThat(second.json().get("detail").asString()).contains("changed by someone else");
		ApiClient.Response staleMove = boris.post("/api/1/roadmaps/entries/" + id + "/status",
				Map.of("status", "in_progress"), "If-Match", etag);
		assertThat(staleMove.status()).isEqualTo(412);
		JsonNode entry = anonymous.get("/api/1/roadmaps/entries/" + id).json();
		assertThat(entry.get("title").asString()).isEqualTo("Arbres d'alignement");
		assertThat(entry.get("status").asString()).isEqualTo("planned");
		assertThat(boris.post("/api/1/roadmaps/entries/" + id + "/status", Map.of("status", "in_progress"),
				"If-Match", "\"2\"").status()).isEqualTo(200);
	}

	@Test
	void simultaneousChangesAndSupportsAreAllKept() throws Exception {
		Org org = newOrganization("Métropole Test");
		List<ApiClient> members = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			members.add(member(org, "Membre" + i));
		}
		String id = plan(members.get(0), org, "Bancs publics", today().plusDays(30)).get("id").asString();
		List<Callable<Integer>> edits = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			ApiClient member = members.get(i);
			String description = "Version " + i;
			edits.add(() -> member.put("/api/1/roadmaps/entries/" + id, Map.of("description", description)).status());
		}
		assertThat(runTogether(edits)).containsOnly(200);
		JsonNode edited = anonymous.get("/api/1/roadmaps/entries/" + id).json();
		assertThat(edited.get("version").asInt()).isEqualTo(1 + members.size());
		assertThat(edited.get("events").findValuesAsString("action")).containsExactly("created", "edited", "edited",
				"edited", "edited", "edited", "edited");

		String proposal = newUser("Citoyen").post("/api/1/roadmaps/proposals", Map.of("organization", org.slug(),
				"title", "Toilettes publiques", "impact", "Tout le monde")).json().get("id").asString();
		List<Callable<Integer>> supports = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			ApiClient supporter = newUser("Soutien" + i);
			supports.add(() -> supporter.put("/api/1/roadmaps/entries/" + proposal + "/support", Map.of()).status());
		}
		assertThat(runTogether(supports)).containsOnly(200);
		assertThat(anonymous.get("/api/1/roadmaps/entries/" + proposal).json().get("supporters").asInt()).isEqualTo(8);
	}

	@Test
	void theHistoryCannotBeRewritten() {
		Org org = newOrganization("Commune Histoire");
		String id = plan(member(org, "Hugo"), org, "Cimetières", today().plusDays(30)).get("id").asString();
		assertThatThrownBy(() -> jdbc.sql("update roadmap_event set reason = 'oops' where entry_id = ?::uuid")
			.param(id)
			.update()).hasMessageContaining("roadmap_event is append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from roadmap_event where entry_id = ?::uuid").param(id).update())
			.hasMessageContaining("roadmap_event is append-only");
		assertThat(anonymous.get("/api/1/roadmaps/entries/" + id).json().get("events")).hasSize(1);
	}

	private static List<Integer> runTogether(List<Callable<Integer>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(calls)) {
				statuses.add(result.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}
}
