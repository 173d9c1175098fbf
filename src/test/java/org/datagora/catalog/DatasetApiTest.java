package org.datagora.catalog;

import java.util.List;
import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetApiTest extends PortalTest {

	@Test
	void publisherCreatesReadsAndChangesADatasetWithItsHistory() {
		ApiClient alice = newUser("Alice");
		String org = alice.post("/api/1/organizations/", organization("Ville de Lyon")).json().get("id").asString();

		ApiClient.Response created = alice.post("/api/1/datasets/", Map.of("title", "Arbres d'alignement",
				"description", "Les **arbres** de la ville", "organization", org, "tags", List.of("Arbres", "Nature"),
				"themes", List.of("ENVI"), "license", "odc-odbl", "frequency", "ANNUAL", "spatial",
				Map.of("zones", List.of("fr:commune:69123"), "granularity", "commune")));
		assertThat(created.status()).isEqualTo(201);
		JsonNode dataset = created.json();
		assertThat(dataset.get("slug").asString()).isEqualTo("arbres-d-alignement");
		assertThat(dataset.get("tags").toString()).isEqualTo("[\"arbres\",\"nature\"]");
		assertThat(dataset.get("license").asString()).isEqualTo("odc-odbl");
		assertThat(dataset.get("organization").get("name").asString()).isEqualTo("Ville de Lyon");
		assertThat(created.header("ETag")).isEqualTo("\"1\"");

		ApiClient.Response bySlug = anonymous.get("/api/1/datasets/arbres-d-alignement/");
		assertThat(bySlug.status()).isEqualTo(200);
		assertThat(bySlug.json().get("id").asString()).isEqualTo(dataset.get("id").asString());

		String id = dataset.get("id").asString();
		ApiClient.Response updated = alice.put("/api/1/datasets/" + id + "/",
				Map.of("title", "Arbres d'alignement de Lyon", "frequency", "MONTHLY"), "If-Match", "\"1\"");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.header("ETag")).isEqualTo("\"2\"");
		assertThat(updated.json().get("description").asString()).isEqualTo("Les **arbres** de la ville");

		JsonNode history = anonymous.get("/api/1/datasets/" + id + "/history/").json();
		assertThat(history.get(0).get("action").asString()).isEqualTo("updated");
		assertThat(history.get(0).get("fields").toString()).contains("title", "frequency").doesNotContain("description");
		assertThat(history.get(0).get("actor_name").asString()).isEqualTo("Alice");
		assertThat(history.get(1).get("action").asString()).isEqualTo("created");
	}

	@Test
	void readsNeverShowAnOutdatedDatasetOrOrganization() {
		ApiClient alice = newUser("Alice");
		String org = alice.post("/api/1/organizations/", organization("Ville de Nantes")).json().get("id").asString();
		String id = alice.post("/api/1/datasets/", Map.of("title", "Parkings", "organization", org)).json().get("id")
			.asString();
		assertThat(anonymous.get("/api/1/datasets/" + id).json().get("title").asString()).isEqualTo("Parkings");

		alice.put("/api/1/datasets/" + id, Map.of("title", "Parkings relais"));
		alice.put("/api/1/organizations/" + org, Map.of("name", "Nantes Métropole"));
		alice.post("/api/1/datasets/" + id + "/resources/", Map.of("title", "CSV", "url", "https://example.org/p.csv"));

		JsonNode read = anonymous.get("/api/1/datasets/" + id).json();
		assertThat(read.get("title").asString()).isEqualTo("Parkings relais");
		assertThat(read.get("organization").get("name").asString()).isEqualTo("Nantes Métropole");
		assertThat(read.get("resources")).hasSize(1);
		alice.put("/api/1/datasets/" + id, Map.of("private", true));
		assertThat(anonymous.get("/api/1/datasets/" + id).status()).isEqualTo(404);
	}

	@Test
	void aStaleUpdateIsRefusedWith412AndLosesNothing() {
		ApiClient alice = newUser("Alice");
		String id = alice.post("/api/1/datasets/", Map.of("title", "Budget primitif")).json().get("id").asString();
		assertThat(alice.put("/api/1/datasets/" + id, Map.of("title", "Budget primitif 2026"), "If-Match", "\"1\"")
			.status()).isEqualTo(200);

		ApiClient.Response stale = alice.put("/api/1/datasets/" + id, Map.of("title", "Budget 2025"), "If-Match",
				"\"1\"");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
		assertThat(anonymous.get("/api/1/datasets/" + id).json().get("title").asString())
			.isEqualTo("Budget primitif 2026");
	}

	@Test
	void badInputGetsAProblemNamingTheFieldAndWritesNothing() {
		ApiClient alice = newUser("Alice");
		awaitSearchable();
		long before = anonymous.get("/api/1/datasets/?page_size=1").json().get("total").asLong();

		JsonNode unknownField = alice.post("/api/1/datasets/", Map.of("title", "X", "colour", "blue")).json();
		assertThat(unknownField.get("status").asInt()).isEqualTo(400);
		assertThat(unknownField.get("errors").get(0).get("field").asString()).isEqualTo("colour");

		ApiClient.Response wrongType = alice.post("/api/1/datasets/", "{\"title\": \"X\", \"tags\": 12}");
		assertThat(wrongType.status()).isEqualTo(400);

		JsonNode invalid = alice.post("/api/1/datasets/", Map.of("title", "t".repeat(400), "license", "wtfpl",
				"spatial", Map.of("zones", List.of("fr:commune:00000")))).json();
		assertThat(invalid.get("status").asInt()).isEqualTo(400);
		assertThat(invalid.get("errors").findValuesAsString("field")).contains("title", "license", "spatial.zones");
		assertThat(invalid.toString()).contains("lov2");

		assertThat(alice.post("/api/1/datasets/", "{not json").status()).isEqualTo(400);
		awaitSearchable();
		assertThat(anonymous.get("/api/1/datasets/?page_size=1").json().get("total").asLong()).isEqualTo(before);
	}

	@Test
	void anExplicitSlugClashIsAConflict() {
		ApiClient alice = newUser("Alice");
		assertThat(alice.post("/api/1/datasets/", Map.of("title", "A", "slug", "clash-test")).status()).isEqualTo(201);
		ApiClient.Response clash = alice.post("/api/1/datasets/", Map.of("title", "B", "slug", "clash-test"));
		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
		// without an explicit slug, a unique one is made
		assertThat(alice.post("/api/1/datasets/", Map.of("title", "Clash test")).json().get("slug").asString())
			.isEqualTo("clash-test-2");
	}

	@Test
	void onlyMembersOwnersAndSiteAdminsMayChangeADataset() {
		ApiClient alice = newUser("Alice");
		ApiClient mallory = newUser("Mallory");
		String org = alice.post("/api/1/organizations/", organization("Région Bretagne")).json().get("id").asString();
		mallory.post("/api/1/organizations/", organization("Autre organisation"));
		String id = alice.post("/api/1/datasets/", Map.of("title", "Lycées", "organization", org)).json().get("id")
			.asString();

		assertThat(anonymous.put("/api/1/datasets/" + id, Map.of("title", "Hacked")).status()).isEqualTo(401);
		ApiClient.Response forbidden = mallory.put("/api/1/datasets/" + id, Map.of("title", "Hacked"));
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(mallory.delete("/api/1/datasets/" + id).status()).isEqualTo(403);
		// nor can anyone publish in an organization they do not belong to
		assertThat(mallory.post("/api/1/datasets/", Map.of("title", "Spam", "organization", org)).status())
			.isEqualTo(403);
		assertThat(newSiteAdmin().put("/api/1/datasets/" + id, Map.of("acronym", "LYC")).status()).isEqualTo(200);
		assertThat(anonymous.get("/api/1/datasets/" + id).json().get("title").asString()).isEqualTo("Lycées");

		// an editor added by the admin may change it
		ApiClient bob = newUser("Bob");
		String bobEmail = bob.get("/api/1/me").json().get("email").asString();
		assertThat(alice.post("/api/1/organizations/" + org + "/members/", Map.of("email", bobEmail, "role", "editor"))
			.status()).isEqualTo(201);
		assertThat(bob.put("/api/1/datasets/" + id, Map.of("title", "Lycées publics")).status()).isEqualTo(200);
	}

	@Test
	void privateAndDeletedDatasetsAreSeenOnlyByTheirEditors() {
		ApiClient alice = newUser("Alice");
		String id = alice.post("/api/1/datasets/", Map.of("title", "Brouillon secret", "private", true)).json()
			.get("id").asString();
		assertThat(anonymous.get("/api/1/datasets/" + id).status()).isEqualTo(404);
		assertThat(alice.get("/api/1/datasets/" + id).status()).isEqualTo(200);
		awaitSearchable();
		assertThat(anonymous.get("/api/1/datasets/?q=Brouillon%20secret").json().get("total").asLong()).isZero();
		assertThat(alice.get("/api/1/datasets/?q=Brouillon%20secret").json().get("total").asLong()).isEqualTo(1);

		alice.put("/api/1/datasets/" + id, Map.of("private", false));
		assertThat(anonymous.get("/api/1/datasets/" + id).status()).isEqualTo(200);
		assertThat(alice.delete("/api/1/datasets/" + id).status()).isEqualTo(204);
		assertThat(anonymous.get("/api/1/datasets/" + id).status()).isEqualTo(404);
		awaitSearchable();
		assertThat(anonymous.get("/api/1/datasets/?q=Brouillon%20secret").json().get("total").asLong()).isZero();
		assertThat(alice.post("/api/1/datasets/" + id + "/restore", Map.of()).status()).isEqualTo(200);
		assertThat(anonymous.get("/api/1/datasets/" + id).status()).isEqualTo(200);
	}

	@Test
	void listFiltersByTagLicenseThemeAndZoneHierarchy() {
		ApiClient alice = newUser("Alice");
		String tag = "filtre-" + System.nanoTime();
		alice.post("/api/1/datasets/", Map.of("title", "Écoles de Lyon", "tags", List.of(tag), "license", "cc-by",
				"themes", List.of("EDUC"), "spatial", Map.of("zones", List.of("fr:commune:69123"))));
		alice.post("/api/1/datasets/", Map.of("title", "Écoles de Rennes", "tags", List.of(tag), "license", "lov2",
				"spatial", Map.of("zones", List.of("fr:commune:35238"))));
		awaitSearchable();

		assertThat(titles(anonymous.get("/api/1/datasets/?tag=" + tag + "&sort=title"))).containsExactly(
				"Écoles de Lyon", "Écoles de Rennes");
		assertThat(titles(anonymous.get("/api/1/datasets/?tag=" + tag + "&license=cc-by"))).containsExactly(
				"Écoles de Lyon");
		assertThat(titles(anonymous.get("/api/1/datasets/?tag=" + tag + "&theme=EDUC"))).containsExactly(
				"Écoles de Lyon");
		// a commune of the Rhône is in the departement and in Auvergne-Rhône-Alpes
		assertThat(titles(anonymous.get("/api/1/datasets/?tag=" + tag + "&geozone=fr:departement:69")))
			.containsExactly("Écoles de Lyon");
		assertThat(titles(anonymous.get("/api/1/datasets/?tag=" + tag + "&geozone=fr:region:53")))
			.containsExactly("Écoles de Rennes");
		assertThat(titles(anonymous.get("/api/1/datasets/?tag=" + tag + "&geozone=country:fr"))).hasSize(2);

		JsonNode page = anonymous.get("/api/1/datasets/?tag=" + tag + "&page_size=1&sort=-title").json();
		assertThat(page.get("total").asLong()).isEqualTo(2);
		assertThat(page.get("page_size").asInt()).isEqualTo(1);
		assertThat(page.get("next_page").asString()).contains("page=2");
		assertThat(page.get("previous_page").isNull()).isTrue();
		assertThat(anonymous.get("/api/1/datasets/?page_size=1000").status()).isEqualTo(400);
		assertThat(anonymous.get("/api/1/datasets/?sort=colour").status()).isEqualTo(400);
	}

	private static List<String> titles(ApiClient.Response response) {
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("data").findValuesAsString("title");
	}
}
