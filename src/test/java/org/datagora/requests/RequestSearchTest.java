package org.datagora.requests;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests in the search index: words, the five facets and their counts, sorts by support and age. */
class RequestSearchTest extends RequestTestBase {

	@Test
	void requestsAreFoundByTheirWordsFilteredByFacetsAndSortedBySupportAndAge() {
		String word = word();
		Holder city = holder("Ville");
		Holder region = holder("Région");
		ApiClient agent = member(city, "Agnès");
		String buses = ask(newUser("Camille"), asked("Horaires des bus " + word, city.slug(), "citizen", "TRAN",
				"Lyon")).get("id").asString();
		clock.advance(Duration.ofMinutes(5));
		String trains = ask(newUser("Jeanne"), asked("Retards des trains " + word, region.slug(), "journalist", "TRAN",
				"fr:region:84")).get("id").asString();
		clock.advance(Duration.ofMinutes(5));
		String schools = ask(newUser("Rémi"), asked("Effectifs des écoles " + word, city.slug(), "researcher", "EDUC",
				null)).get("id").asString();
		move(agent, buses, Map.of("status", "planned", "planned_for",
				LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2).toString()));
		for (int i = 0; i < 3; i++) {
			newUser("Soutien").post("/api/1/requests/" + schools + "/support", Map.of());
		}
		newUser("Soutien").post("/api/1/requests/" + trains + "/support", Map.of());
		awaitSearchable();

		JsonNode all = anonymous.get("/api/1/requests?q=" + word + "&facets=all").json();
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(counts(all, "status")).containsEntry("submitted", 2L).containsEntry("planned", 1L);
		assertThat(counts(all, "organization")).containsEntry(city.id(), 2L).containsEntry(region.id(), 1L);
		assertThat(counts(all, "theme")).containsEntry("TRAN", 2L).containsEntry("EDUC", 1L);
		assertThat(counts(all, "requester_type")).containsEntry("citizen", 1L).containsEntry("journalist", 1L)
			.containsEntry("researcher", 1L);
		// Lyon is in the Rhône and in Auvergne-Rhône-Alpes: both count it
		assertThat(counts(all, "geozone")).containsEntry("fr:region:84", 2L).containsEntry("fr:departement:69", 1L);
		assertThat(label(all, "theme", "TRAN")).isEqualTo("Transports");
		assertThat(label(all, "organization", city.id())).isEqualTo(city.name());
		assertThat(label(all, "status", "planned")).isEqualTo("Ouverture prévue");

		assertThat(ids("/api/1/requests?q=" + word + "&status=planned")).containsExactly(buses);
		assertThat(ids("/api/1/requests?q=" + word + "&organization=" + city.slug() + "&sort=created"))
			.containsExactly(buses, schools);
		assertThat(ids("/api/1/requests?q=" + word + "&geozone=fr:region:84&sort=created")).containsExactly(buses,
				trains);
		assertThat(ids("/api/1/requests?q=" + word + "&requester_type=journalist")).containsExactly(trains);
		JsonNode transport = anonymous.get("/api/1/requests?q=" + word + "&theme=TRAN&facets=theme,status").json();
		assertThat(transport.get("total").asLong()).isEqualTo(2);
		// a facet's own filter does not hide its other values
		assertThat(counts(transport, "theme")).containsEntry("EDUC", 1L);
		assertThat(transport.get("facets").get("theme").findValuesAsString("value")).contains("TRAN");
		assertThat(transport.get("facets").has("organization")).isFalse();

		assertThat(ids("/api/1/requests?q=" + word + "&sort=-support")).containsExactly(schools, trains, buses);
		assertThat(ids("/api/1/requests?q=" + word + "&sort=-created")).containsExactly(schools, trains, buses);
		assertThat(ids("/api/1/requests?q=" + word + "&sort=created")).containsExactly(buses, trains, schools);
		assertThat(ids("/api/1/requests?q=" + word + "%20trains")).containsExactly(trains);

		JsonNode paged = anonymous.get("/api/1/requests?q=" + word + "&sort=created&page_size=2").json();
		assertThat(paged.get("next_page").asString()).contains("page=2");
		assertThat(paged.get("data")).hasSize(2);

		for (String bad : List.of("status=lost", "theme=SPACE", "organization=nobody", "geozone=fr:nowhere",
				"sort=color", "facets=colour", "page=0")) {
			ApiClient.Response refused = anonymous.get("/api/1/requests?" + bad);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.json().get("errors")).isNotEmpty();
		}

		String page = new PageClient(port).get("/requests?q=" + word + "&theme=TRAN").body();
		assertThat(page).contains("2 demandes", "Horaires des bus " + word, "Retards des trains " + word,
				"Affiner la recherche", "Transports (2)", "Éducation, culture et sport (1)", "Thème : Transports")
			.doesNotContain("Effectifs des écoles " + word);
	}

	@Test
	void aRebuiltIndexHasTheRequestsAndTheApiDescribesTheirSearch() throws InterruptedException {
		String word = word();
		String id = ask(newUser("Camille"), request("Cadastre solaire " + word, null)).get("id").asString();
		awaitSearchable();
		ApiClient admin = newSiteAdmin();
		assertThat(admin.post("/api/1/admin/search/reindex", Map.of()).status()).isEqualTo(202);
		JsonNode progress;
		do {
			Thread.sleep(50);
			progress = admin.get("/api/1/admin/search/reindex").json();
		}
		while (progress.get("state").asString().equals("running"));
		assertThat(progress.get("state").asString()).isEqualTo("done");
		assertThat(ids("/api/1/requests?q=" + word)).containsExactly(id);

		JsonNode openapi = anonymous.get("/api/1/openapi.json").json();
		assertThat(openapi.get("paths").propertyNames()).contains("/api/1/requests", "/api/1/requests/{id}",
				"/api/1/requests/{id}/events", "/api/1/requests/{id}/comments",
				"/api/1/organizations/{organization}/requests", "/api/1/admin/outbox");
		assertThat(openapi.get("paths").get("/api/1/requests").get("get").get("parameters").findValuesAsString("name"))
			.contains("q", "status", "organization", "theme", "geozone", "requester_type", "sort", "page_size",
					"facets");
		assertThat(openapi.get("paths").get("/api/1/requests").get("post").get("parameters")
			.findValuesAsString("name")).containsExactly("confirm_not_duplicate");
	}

	private static Map<String, Object> asked(String title, String organization, String type, String theme,
			String zone) {
		Map<String, Object> body = new HashMap<>(request(title, organization));
		body.put("requester_type", type);
		body.put("theme", theme);
		if (zone != null) {
			body.put("zone", zone);
		}
		return body;
	}

	private List<String> ids(String path) {
		ApiClient.Response found = anonymous.get(path);
		assertThat(found.status()).as(found.text()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		found.json().get("data").forEach(request -> ids.add(request.get("id").asString()));
		return ids;
	}

	private static Map<String, Long> counts(JsonNode answer, String facet) {
		Map<String, Long> counts = new HashMap<>();
		answer.get("facets").get(facet).forEach(value -> counts.put(value.get("value").asString(),
				value.get("count").asLong()));
		return counts;
	}

	private static String label(JsonNode answer, String facet, String value) {
		for (JsonNode count : answer.get("facets").get(facet)) {
			if (count.get("value").asString().equals(value)) {
				return count.get("label").asString();
			}
		}
		return null;
	}
}
