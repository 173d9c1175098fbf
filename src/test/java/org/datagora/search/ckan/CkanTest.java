package org.datagora.search.ckan;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tests of the CKAN Action API share: CKAN's keys, a small catalog, the calls and checks. */
abstract class CkanTest extends PortalTest {

	// the keys of CKAN 2.x's answers (demo.ckan.org), checked even without the corpus
	static final Set<String> PACKAGE_KEYS = Set.of("author", "author_email", "creator_user_id", "extras",
			"groups", "id", "isopen", "license_id", "license_title", "license_url", "maintainer", "maintainer_email",
			"metadata_created", "metadata_modified", "name", "notes", "num_resources", "num_tags", "organization",
			"owner_org", "private", "relationships_as_object", "relationships_as_subject", "resources", "revision_id",
			"state", "tags", "title", "type", "url", "version");

	static final Set<String> RESOURCE_KEYS = Set.of("cache_last_updated", "cache_url", "created",
			"datastore_active", "description", "format", "hash", "id", "last_modified", "mimetype", "mimetype_inner",
			"name", "package_id", "position", "resource_type", "revision_id", "size", "state", "url", "url_type");

	static final Set<String> ORGANIZATION_KEYS = Set.of("description", "title", "created",
			"approval_status", "is_organization", "state", "image_url", "revision_id", "type", "id", "name");

	static final Set<String> SEARCH_KEYS = Set.of("count", "sort", "facets", "results", "search_facets");

	static final Set<String> TAG_KEYS = Set.of("vocabulary_id", "state", "display_name", "id", "name");

	record Catalog(ApiClient publisher, String organization, String tag, String open, String hidden) {
	}

	Catalog catalog() {
		ApiClient admin = newUser("Ckan");
		String tag = "ckan-" + System.nanoTime();
		String organization = admin.post("/api/1/organizations/", organization("Ville de " + tag)).json()
			.get("slug").asString();
		Map<String, Object> dataset = new HashMap<>();
		dataset.put("title", "Stationnements vélo " + tag);
		dataset.put("description", "Les arceaux de la ville.");
		dataset.put("tags", List.of(tag, "velo"));
		dataset.put("themes", List.of("TRAN"));
		dataset.put("license", "lov2");
		dataset.put("frequency", "MONTHLY");
		dataset.put("temporal_coverage", Map.of("start", "2020-01-01", "end", "2024-12-31"));
		dataset.put("spatial", Map.of("zones", List.of("fr:commune:69123")));
		dataset.put("contact_point", Map.of("name", "Service mobilité", "email", "mobilite@example.org"));
		dataset.put("organization", organization);
		String open = admin.post("/api/1/datasets/", dataset).json().get("slug").asString();
		admin.post("/api/1/datasets/" + open + "/resources/", Map.of("title", "Arceaux (CSV)", "url",
				"https://example.org/arceaux.csv", "format", "csv"));
		admin.post("/api/1/datasets/" + open + "/resources/", Map.of("title", "Arceaux (GeoJSON)", "url",
				"https://example.org/arceaux.geojson", "format", "geojson"));
		dataset.put("title", "Brouillon " + tag);
		dataset.put("private", true);
		String hidden = admin.post("/api/1/datasets/", dataset).json().get("slug").asString();
		awaitSearchable();
		return new Catalog(admin, organization, tag, open, hidden);
	}

	/** The same keys (or, {@code subset}, at least theirs), and the same JSON type wherever neither is null. */
	static void sameShape(String what, JsonNode theirs, JsonNode ours, boolean subset) {
		if (subset) {
			assertThat(names(ours)).as(what).containsAll(names(theirs));
		}
		else {
			assertThat(names(ours)).as(what).isEqualTo(names(theirs));
		}
		for (String key : names(theirs)) {
			JsonNode a = theirs.get(key);
			JsonNode b = ours.get(key);
			if (!a.isNull() && !b.isNull()) {
				assertThat(b.getNodeType()).as(what + "." + key).isEqualTo(a.getNodeType());
			}
		}
	}

	JsonNode search(String query) {
		ApiClient.Response response = anonymous.get("/api/3/action/package_search?" + query);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json().get("result");
	}

	JsonNode result(String action) {
		ApiClient.Response response = anonymous.get("/api/3/action/" + action);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		assertThat(response.json().get("success").asBoolean()).isTrue();
		return response.json().get("result");
	}

	static List<String> slugs(JsonNode result) {
		List<String> slugs = new ArrayList<>();
		result.get("results").forEach(pack -> slugs.add(pack.get("name").asString()));
		return slugs;
	}

	static Set<String> names(JsonNode node) {
		Set<String> names = new TreeSet<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
