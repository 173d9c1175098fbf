package org.datagora.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetPagesTest extends PortalTest {

	@Test
	void homeAndDatasetPagesAreFrenchByDefaultAndEnglishOnRequest() {
		ApiClient alice = newUser("Alice");
		String org = alice.post("/api/1/organizations/", organization("Ville de Nantes")).json().get("id").asString();
		JsonNode dataset = alice.post("/api/1/datasets/", Map.of("title", "Stationnements velos Nantes",
				"description", "Les **arceaux** de la ville.\n\n<script>alert('x')</script>", "organization", org,
				"license", "odc-odbl", "frequency", "MONTHLY", "spatial",
				Map.of("zones", List.of("fr:commune:44109"), "granularity", "commune"))).json();
		String slug = dataset.get("slug").asString();

		PageClient browser = new PageClient(port);
		PageClient.Page home = browser.get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"fr\"", "Derniers jeux de données publiés",
				"Stationnements velos Nantes", "action=\"/datasets\"");

		PageClient.Page page = browser.get("/datasets/" + slug);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Stationnements velos Nantes</h1>", "Ville de Nantes",
				"<strong>arceaux</strong>", "Fichiers et ressources", "mensuel", "Open Data Commons",
				"Historique des modifications", "Création", "Alice");
		// raw HTML of the description is shown as text, never run
		assertThat(page.body()).contains("&lt;script&gt;alert").doesNotContain("<script>alert");
		// no edit link for a visitor
		assertThat(page.body()).doesNotContain("/datasets/" + slug + "/edit");

		PageClient.Page english = browser.get("/datasets/" + slug + "?lang=en");
		assertThat(english.body()).contains("<html lang=\"en\"", "Files and resources", "monthly",
				"History of changes");
		// the choice is kept for the next pages
		assertThat(browser.get("/").body()).contains("<html lang=\"en\"", "Latest datasets");
	}

	@Test
	void aPrivateDatasetIsNotFoundForOthers() {
		ApiClient carol = newUser("Carol");
		String slug = carol.post("/api/1/datasets/", Map.of("title", "Brouillon confidentiel", "private", true))
			.json()
			.get("slug")
			.asString();
		PageClient.Page page = new PageClient(port).get("/datasets/" + slug);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("Brouillon confidentiel");
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() {
		PageClient browser = new PageClient(port);
		assertThat(browser.post("/signup", Map.of("email", "nocsrf@example.org", "display_name", "No",
				"password", "correct horse battery staple")).status()).isEqualTo(403);
		assertThat(accounts.findByEmail("nocsrf@example.org")).isEmpty();

		browser.signUp("csrf-" + UUID.randomUUID() + "@example.org", "Dora", "correct horse battery staple");
		assertThat(browser.post("/datasets/new", Map.of("title", "Sans jeton")).status()).isEqualTo(403);
	}

	@Test
	void publisherCreatesAndEditsADatasetWithFormsAndAStaleEditIsRefused() {
		PageClient browser = new PageClient(port);
		browser.signUp("eve-" + UUID.randomUUID() + "@example.org", "Eve", "correct horse battery staple");

		PageClient.Page invalid = browser.submit("/datasets/new", "/datasets/new", "title", "", "description",
				"Gardé", "zones", "fr:commune:00000", "license", "odc-odbl");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("aria-describedby=\"title-error\"", "id=\"title-error\"",
				"id=\"zones-error\"", "Gardé", "value=\"fr:commune:00000\"", "Ce champ est obligatoire.",
				"Zone(s) inconnue(s) : fr:commune:00000");

		PageClient.Page created = browser.submit("/datasets/new", "/datasets/new", "title", "Qualite de l air Lille",
				"description", "Mesures", "tags", "air, pollution", "license", "cc-by", "frequency", "DAILY",
				"themes", "ENVI", "zones", "fr:commune:59350");
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).endsWith("/datasets/qualite-de-l-air-lille/edit?created");

		PageClient.Page edit = browser.get("/datasets/qualite-de-l-air-lille/edit");
		assertThat(edit.body()).contains("name=\"version\" value=\"1\"", "value=\"air, pollution\"",
				"value=\"ENVI\" checked");
		String csrf = edit.csrf();
		Map<String, String> first = Map.of("_csrf", csrf, "version", "1", "title", "Qualite de l air Lille 2026",
				"license", "cc-by", "frequency", "DAILY", "zones", "fr:commune:59350");
		PageClient.Page saved = browser.post("/datasets/qualite-de-l-air-lille/edit", first);
		assertThat(saved.status()).isEqualTo(302);

		Map<String, String> second = Map.of("_csrf", csrf, "version", "1", "title", "Qualite de l air a Lille",
				"license", "cc-by", "frequency", "DAILY");
		PageClient.Page stale = browser.post("/datasets/qualite-de-l-air-lille/edit", second);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body()).contains("modifié par quelqu’un d’autre", "value=\"Qualite de l air a Lille\"");

		PageClient.Page page = browser.get("/datasets/qualite-de-l-air-lille");
		assertThat(page.body()).contains("Qualite de l air Lille 2026", "Lille", "Modification", "title",
				"/datasets/qualite-de-l-air-lille/edit");
	}

	@Test
	void resourcesAreAddedAndDeletedFromTheEditPageAndUploadsNeedTheCsrfField() {
		PageClient browser = new PageClient(port);
		browser.signUp("ivan-" + UUID.randomUUID() + "@example.org", "Ivan", "correct horse battery staple");
		String title = "Horaires piscines " + UUID.randomUUID().toString().substring(0, 6);
		String edit = browser.submit("/datasets/new", "/datasets/new", "title", title).location();
		String slug = edit.replaceAll(".*/datasets/([^/]+)/edit.*", "$1");
		String csrf = browser.get("/datasets/" + slug + "/edit").csrf();

		byte[] csv = "piscine;ouverture\nA;9h\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		PageClient.Page refused = browser.multipart("/datasets/" + slug + "/resources/upload", "horaires.csv", csv);
		assertThat(refused.status()).isEqualTo(403);
		PageClient.Page uploaded = browser.multipart("/datasets/" + slug + "/resources/upload", "horaires.csv", csv,
				"_csrf", csrf, "resourceTitle", "", "resourceType", "main");
		assertThat(uploaded.status()).isEqualTo(302);

		PageClient.Page badLink = browser.post("/datasets/" + slug + "/resources", Map.of("_csrf", csrf,
				"resourceTitle", "API", "url", "ftp://example.org/x", "resourceType", "api"));
		assertThat(badLink.status()).isEqualTo(400);
		assertThat(badLink.body()).contains("id=\"url-error\"", "value=\"ftp://example.org/x\"");
		assertThat(browser.post("/datasets/" + slug + "/resources", Map.of("_csrf", csrf, "resourceTitle",
				"API horaires", "url", "https://example.org/api/horaires.json", "resourceType", "api"))
			.status()).isEqualTo(302);

		PageClient.Page page = browser.get("/datasets/" + slug);
		assertThat(page.body()).contains("horaires.csv", "API horaires", "json", "Ressource ajoutée");
		String uploadedId = page.body().replaceAll("(?s).*href=\"/datasets/r/([0-9a-f-]+)\"[^>]*>Télécharger<span class=\"fr-sr-only\"> horaires.csv.*", "$1");
		assertThat(anonymous.get("/datasets/r/" + uploadedId).raw().body()).isEqualTo(csv);

		assertThat(browser.post("/datasets/" + slug + "/resources/" + uploadedId + "/delete", Map.of("_csrf", csrf))
			.status()).isEqualTo(302);
		assertThat(browser.get("/datasets/" + slug).body()).doesNotContain("/datasets/r/" + uploadedId)
			.contains("API horaires", "Ressource supprimée");

		String version = browser.get("/datasets/" + slug + "/edit").body()
			.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		String afterDeletion = browser.post("/datasets/" + slug + "/delete", Map.of("_csrf", csrf, "version", version))
			.location();
		assertThat(afterDeletion).endsWith("/datasets?deleted");
		assertThat(browser.get(afterDeletion).body()).contains("Le jeu de données a été supprimé.");
		assertThat(new PageClient(port).get("/datasets/" + slug).status()).isEqualTo(404);
	}

	@Test
	void zoneSuggestionsCompleteTheLastTermOfTheZoneField() {
		PageClient browser = new PageClient(port);
		PageClient.Page suggestions = browser.get("/zones/suggest?zones=fr:commune:75056,%20Nant");
		assertThat(suggestions.status()).isEqualTo(200);
		assertThat(suggestions.body()).contains("data-zone=\"fr:commune:44109\"", "Nantes").doesNotContain("<html");
		assertThat(browser.get("/zones/suggest?zones=fr:commune:75056").body()).doesNotContain("data-zone");
	}

	@Test
	void readingPagesAnonymouslyOpensNoSession() {
		for (String path : new String[] { "/", "/datasets", "/organizations" }) {
			var response = anonymous.get(path, "Accept", "text/html");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.raw().headers().allValues("Set-Cookie")).as(path)
				.noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		}
	}

	@Test
	void anonymousVisitorsNeverSeeAnOutdatedDatasetPage() {
		var alice = newUser("Alice");
		String id = alice.post("/api/1/datasets/", java.util.Map.of("title", "Qualité des eaux")).json().get("id")
			.asString();
		assertThat(anonymous.get("/datasets/" + id, "Accept", "text/html").text()).contains("<h1>Qualité des eaux</h1>");
		assertThat(anonymous.get("/datasets/" + id + "?lang=en", "Accept", "text/html").text()).contains("Datasets");

		alice.put("/api/1/datasets/" + id, java.util.Map.of("title", "Qualité des eaux en 2026"));
		alice.post("/api/1/datasets/" + id + "/resources/",
				java.util.Map.of("title", "Mesures horaires", "url", "https://example.org/air.csv"));
		String page = anonymous.get("/datasets/" + id, "Accept", "text/html").text();
		assertThat(page).contains("Qualité des eaux en 2026").contains("Mesures horaires");
		assertThat(anonymous.get("/datasets/" + id + "?lang=en", "Accept", "text/html").text())
			.contains("Qualité des eaux en 2026");

		// browsers get the kept page gzipped as it is
		var gzipped = anonymous.get("/datasets/" + id, "Accept", "text/html", "Accept-Encoding", "gzip");
		assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
		try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.raw().body()))) {
			assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
				.contains("Qualité des eaux en 2026");
		}
		catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}
}
