package org.datagora.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema.org Dataset that search engines read in a dataset's page. */
class DatasetJsonLdTest extends PortalTest {

	private static final Pattern JSON_LD = Pattern
		.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

	@Test
	void aPublicDatasetPageDescribesTheDatasetForSearchEngines() {
		ApiClient alice = newUser("Alice");
		JsonNode org = alice.post("/api/1/organizations/", organization("Rennes Métropole")).json();
		String description = "Les **stationnements** vélo de la métropole, relevés chaque mois par les services "
				+ "de la mobilité.\n\nVoir [le guide](https://example.org/guide).";
		JsonNode dataset = alice.post("/api/1/datasets/", Map.of("title", "Stationnements vélo", "acronym", "SV",
				"description", description, "organization", org.get("id").asString(), "tags", List.of("vélo", "parking"),
				"themes", List.of("TRAN"), "license", "cc-by", "temporal_coverage", Map.of("start", "2020-01-01"),
				"spatial", Map.of("zones", List.of("fr:commune:35238"), "bbox", List.of(-1.75, 48.07, -1.6, 48.15))))
			.json();
		String id = dataset.get("id").asString();
		JsonNode resource = alice.post("/api/1/datasets/" + id + "/resources/", Map.of("title", "Arceaux (CSV)",
				"url", "https://example.org/arceaux.csv", "mime", "text/csv", "filesize", 2048))
			.json();
		JsonNode current = anonymous.get("/api/1/datasets/" + id).json();

		List<JsonNode> scripts = jsonLd(new PageClient(port).get("/datasets/" + dataset.get("slug").asString()).body());
		assertThat(scripts).hasSize(1);
		JsonNode json = scripts.get(0);
		assertThat(json.get("@context").asString()).isEqualTo("https://schema.org/");
		assertThat(json.get("@type").asString()).isEqualTo("Dataset");
		assertThat(json.get("name").asString()).isEqualTo("Stationnements vélo");
		assertThat(json.get("alternateName").asString()).isEqualTo("SV");
		// the description is the text people read, without the Markdown
		assertThat(json.get("description").asString()).startsWith("Les stationnements vélo de la métropole")
			.doesNotContain("**")
			.contains("le guide");
		assertThat(json.get("url").asString()).isEqualTo("http://localhost/datasets/stationnements-velo");
		assertThat(json.get("identifier").asString()).isEqualTo(id);
		assertThat(strings(json.get("keywords"))).containsExactly("vélo", "parking", "Transports");
		assertThat(json.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(json.get("isAccessibleForFree").asBoolean()).isTrue();
		for (String role : List.of("creator", "publisher")) {
			assertThat(json.get(role).get("@type").asString()).isEqualTo("Organization");
			assertThat(json.get(role).get("name").asString()).isEqualTo("Rennes Métropole");
			assertThat(json.get(role).get("url").asString())
				.isEqualTo("http://localhost/organizations/" + org.get("slug").asString());
		}
		assertThat(Instant.parse(json.get("dateCreated").asString()))
			.isEqualTo(Instant.parse(current.get("created_at").asString()));
		assertThat(Instant.parse(json.get("dateModified").asString()))
			.isEqualTo(Instant.parse(current.get("last_modified").asString()));
		assertThat(json.get("temporalCoverage").asString()).isEqualTo("2020-01-01/..");
		JsonNode place = json.get("spatialCoverage");
		assertThat(place.get("@type").asString()).isEqualTo("Place");
		assertThat(place.get("name").asString()).isEqualTo("Rennes");
		assertThat(place.get("geo").get("@type").asString()).isEqualTo("GeoShape");
		// schema.org's box is "south west north east"
		assertThat(place.get("geo").get("box").asString()).isEqualTo("48.07 -1.75 48.15 -1.6");
		JsonNode download = json.get("distribution").get(0);
		assertThat(download.get("@type").asString()).isEqualTo("DataDownload");
		assertThat(download.get("name").asString()).isEqualTo("Arceaux (CSV)");
		assertThat(download.get("contentUrl").asString())
			.isEqualTo("http://localhost/datasets/r/" + resource.get("id").asString());
		assertThat(download.get("encodingFormat").asString()).isEqualTo("text/csv");
		assertThat(download.get("contentSize").asString()).isEqualTo("2048 B");
		assertThat(json.get("includedInDataCatalog").get("@type").asString()).isEqualTo("DataCatalog");
		assertThat(json.get("includedInDataCatalog").get("name").asString()).isEqualTo("Datagora");
		assertThat(json.get("includedInDataCatalog").get("url").asString()).isEqualTo("http://localhost/");
	}

	@Test
	void aTitleThatClosesTheScriptElementStaysText() {
		ApiClient mallory = newUser("Mallory");
		String title = "Budget </script><script>alert(1)</script> & <!-- co";
		String slug = mallory.post("/api/1/datasets/", Map.of("title", title)).json().get("slug").asString();

		String page = new PageClient(port).get("/datasets/" + slug).body();
		assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<!-- co");
		List<JsonNode> scripts = jsonLd(page);
		assertThat(scripts).hasSize(1);
		assertThat(scripts.get(0).get("name").asString()).isEqualTo(title);
	}

	@Test
	void aPrivateDatasetIsNotDescribedEvenToItsEditor() {
		PageClient browser = new PageClient(port);
		browser.signUp("jsonld-" + UUID.randomUUID() + "@example.org", "Paul", "correct horse battery staple");
		String edit = browser.submit("/datasets/new", "/datasets/new", "title", "Brouillon des parkings", "private",
				"true").location();
		String slug = edit.replaceAll(".*/datasets/([^/]+)/edit.*", "$1");

		PageClient.Page page = browser.get("/datasets/" + slug);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Brouillon des parkings");
		assertThat(jsonLd(page.body())).isEmpty();
	}

	private static List<JsonNode> jsonLd(String page) {
		List<JsonNode> found = new ArrayList<>();
		Matcher matcher = JSON_LD.matcher(page);
		while (matcher.find()) {
			found.add(JsonMapper.shared().readTree(matcher.group(1)));
		}
		return found;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}
}
