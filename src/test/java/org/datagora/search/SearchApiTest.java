package org.datagora.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The dataset search API on the embedded Solr: exact facets, safe queries, deep pages, export, rebuild. */
class SearchApiTest extends PortalTest {

	private static final List<String> LICENSES = List.of("lov2", "odc-odbl", "cc-by", "cc-by-sa");

	private static final List<String> THEMES = List.of("EDUC", "TRAN", "ENVI", "ECON", "HEAL");

	private static final List<String> COMMUNES = List.of("fr:commune:69123", "fr:commune:35238",
			"fr:commune:75056", "fr:commune:13055", "fr:commune:29019", "fr:commune:69264");

	private static final List<String> FORMATS = List.of("csv", "json", "geojson", "xlsx");

	@Autowired
	JdbcClient jdbc;

	@Test
	void facetCountsAreTheCountsOfTheDatabase() {
		ApiClient admin = newSiteAdmin();
		String tag = "facettes-" + System.nanoTime();
		List<String> organizations = List.of(
				admin.post("/api/1/organizations/", Map.of("name", "Métropole de Lyon " + tag, "type",
						"local-authority")).json().get("id").asString(),
				admin.post("/api/1/organizations/", Map.of("name", "Agence de l'eau " + tag, "type", "public-agency"))
					.json()
					.get("id")
					.asString());
		Random random = new Random(7);
		for (int i = 0; i < 40; i++) {
			Map<String, Object> dataset = new HashMap<>();
			dataset.put("title", "Jeu " + i);
			dataset.put("tags", List.of(tag));
			dataset.put("license", LICENSES.get(random.nextInt(LICENSES.size())));
			dataset.put("themes", List.of(THEMES.get(random.nextInt(THEMES.size())),
					THEMES.get(random.nextInt(THEMES.size()))));
			dataset.put("spatial", Map.of("zones", List.of(COMMUNES.get(random.nextInt(COMMUNES.size())))));
			dataset.put("organization", organizations.get(random.nextInt(2)));
			dataset.put("private", i % 9 == 0);
			dataset.put("archived", i % 13 == 5);
			if (i % 4 == 0) {
				dataset.put("badges", List.of("spd"));
			}
			String id = admin.post("/api/1/datasets/", dataset).json().get("id").asString();
			for (int r = 0; r < random.nextInt(3); r++) {
				admin.post("/api/1/datasets/" + id + "/resources/", Map.of("title", "Fichier " + r, "url",
						"https://example.org/" + i + "/" + r, "format", FORMATS.get(random.nextInt(FORMATS.size()))));
			}
		}
		awaitSearchable();

		JsonNode answer = anonymous.get("/api/1/datasets/?tag=" + tag + "&facets=all&facet_size=100&page_size=1")
			.json();
		String visible = " from dataset d where d.deleted_at is null and not d.private and d.archived_at is null"
				+ " and d.tags @> array['" + tag + "']";
		assertThat(answer.get("total").asLong()).isEqualTo(count("select count(*)" + visible));
		assertThat(counts(answer, "license")).isEqualTo(sqlCounts("select d.license, count(*)" + visible
				+ " group by 1"));
		assertThat(counts(answer, "theme")).isEqualTo(sqlCounts("select t, count(*)" + visible.replace(
				"from dataset d", "from dataset d, unnest(d.themes) t") + " group by 1"));
		assertThat(counts(answer, "organization")).isEqualTo(sqlCounts("select d.organization_id::text, count(*)"
				+ visible + " group by 1"));
		assertThat(counts(answer, "organization_type")).isEqualTo(sqlCounts("select o.type, count(*)"
				+ visible.replace("from dataset d", "from dataset d join organization o on o.id = d.organization_id")
				+ " group by 1"));
		assertThat(counts(answer, "badge")).isEqualTo(sqlCounts("select b, count(*)" + visible.replace(
				"from dataset d", "from dataset d, unnest(d.badges) b") + " group by 1"));
		assertThat(counts(answer, "format")).isEqualTo(sqlCounts("select lower(r.format), count(distinct d.id)"
				+ visible.replace("from dataset d", "from dataset d join resource r on r.dataset_id = d.id")
				+ " group by 1"));
		// hierarchical zones: every departement and region (and the country) a dataset is in
		assertThat(counts(answer, "geozone")).isEqualTo(sqlCounts("select z.id, count(distinct d.id)"
				+ visible.replace("from dataset d", "from dataset d join geo_zone c on c.id = any(d.spatial_zones)"
						+ " join geo_zone z on (z.id = c.id or z.id = any(c.parents)) and z.level in ('country', 'region', 'departement')")
				+ " group by 1"));
		// communes and EPCI are not counted, but they filter
		assertThat(anonymous.get("/api/1/datasets/?tag=" + tag + "&geozone=fr:commune:69123").json().get("total")
			.asLong()).isEqualTo(count("select count(*)" + visible + " and 'fr:commune:69123' = any(d.spatial_zones)"));

		// a filter narrows the total to its facet count, and its own facet still shows the others
		JsonNode lyon = anonymous.get("/api/1/datasets/?tag=" + tag + "&geozone=fr:departement:69&facets=geozone,license&facet_size=100")
			.json();
		assertThat(lyon.get("total").asLong()).isEqualTo(counts(answer, "geozone").get("fr:departement:69"));
		assertThat(counts(lyon, "geozone")).isEqualTo(counts(answer, "geozone"));
		// a result sums its resources up instead of listing them: how many, which formats
		JsonNode page = anonymous.get("/api/1/datasets/?tag=" + tag + "&page_size=100").json();
		for (JsonNode item : page.get("data")) {
			String where = " from resource r where r.dataset_id = '" + item.get("id").asString() + "'";
			assertThat(item.has("resources")).isFalse();
			assertThat(item.get("resource_count").asLong()).isEqualTo(count("select count(*)" + where));
			List<String> formats = new java.util.ArrayList<>();
			item.get("formats").forEach(format -> formats.add(format.asString()));
			assertThat(formats).containsExactlyInAnyOrderElementsOf(
					jdbc.sql("select distinct r.format" + where).query(String.class).list());
		}
		assertThat(anonymous.get("/api/1/datasets/?facets=colour").status()).isEqualTo(400);
		assertThat(anonymous.get("/api/1/datasets/?license=wtfpl").status()).isEqualTo(400);
		assertThat(anonymous.get("/api/1/datasets/?geozone=fr:commune:00000").status()).isEqualTo(400);
	}

	@Test
	void solrSyntaxIsSearchedAsTextAndNeverShowsPrivateDatasets() {
		ApiClient alice = newUser("Alice");
		String secret = alice.post("/api/1/datasets/", Map.of("title", "Brouillon confidentiel des titres",
				"private", true)).json().get("id").asString();
		alice.post("/api/1/datasets/", Map.of("title", "Titres de séjour délivrés"));
		awaitSearchable();
		for (String q : List.of("title:*", "*:*", "*", "\"titres", "titres\"", "private:true", "{!lucene}*:*",
				") OR (", "\\", "titres AND", "[* TO *]", "id:" + secret, "title:brouillon~2", "&&||!")) {
			ApiClient.Response response = anonymous.get("/api/1/datasets/?q=" + encode(q));
			assertThat(response.status()).as(q).isEqualTo(200);
			assertThat(response.text()).as(q).doesNotContain(secret);
		}
		// the words are still searched: a quoted phrase, and "title:" read as the word title
		assertThat(titlesFor(anonymous, "\"titres de séjour\"")).contains("Titres de séjour délivrés");
		assertThat(titlesFor(alice, "brouillon confidentiel")).containsExactly("Brouillon confidentiel des titres");
		assertThat(titlesFor(newUser("Mallory"), "brouillon confidentiel")).isEmpty();
	}

	@Test
	void cursorsGoPastThePageLimitAndTheExportListsEveryResult() {
		ApiClient alice = newUser("Alice");
		String tag = "curseur-" + System.nanoTime();
		for (int i = 0; i < 45; i++) {
			alice.post("/api/1/datasets/", Map.of("title", i == 0 ? "=HYPERLINK(\"http://evil\")" : "Série " + i,
					"tags", List.of(tag)));
		}
		awaitSearchable();

		Set<String> seen = new HashSet<>();
		String path = "/api/1/datasets/?tag=" + tag + "&page_size=10&sort=title&cursor=*";
		int pages = 0;
		while (path != null) {
			JsonNode page = anonymous.get(path.substring(path.indexOf("/api/"))).json();
			assertThat(page.get("total").asLong()).isEqualTo(45);
			page.get("data").forEach(dataset -> assertThat(seen.add(dataset.get("id").asString())).isTrue());
			path = page.get("next_page").isNull() ? null : page.get("next_page").asString();
			pages++;
		}
		assertThat(seen).hasSize(45);
		assertThat(pages).isEqualTo(5);

		ApiClient.Response tooDeep = anonymous.get("/api/1/datasets/?page=501&page_size=20");
		assertThat(tooDeep.status()).isEqualTo(400);
		assertThat(tooDeep.text()).contains("cursor");
		assertThat(anonymous.get("/api/1/datasets/?cursor=not-a-cursor").status()).isEqualTo(400);
		JsonNode notANumber = anonymous.get("/api/1/datasets/?page=deux").json();
		assertThat(notANumber.get("status").asInt()).isEqualTo(400);
		assertThat(notANumber.get("errors").get(0).get("field").asString()).isEqualTo("page");
		assertThat(anonymous.get("/api/1/datasets/?archived=maybe").status()).isEqualTo(400);

		ApiClient.Response csv = anonymous.get("/api/1/datasets/export.csv?tag=" + tag + "&sort=title");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		String[] lines = csv.text().split("\r\n");
		assertThat(lines).hasSize(46);
		assertThat(lines[0]).startsWith("id,slug,title,");
		// a title that a spreadsheet would run as a formula is kept as text
		assertThat(csv.text()).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
	}

	@Test
	void aRenamedOrganizationIsFoundUnderItsNewName() {
		ApiClient alice = newUser("Alice");
		String org = alice.post("/api/1/organizations/", organization("Syndicat des eaux")).json().get("id")
			.asString();
		alice.post("/api/1/datasets/", Map.of("title", "Qualité de l'eau potable", "organization", org));
		awaitSearchable();
		assertThat(alice.put("/api/1/organizations/" + org, Map.of("name", "Régie Aquaterra")).status())
			.isEqualTo(200);
		awaitSearchable();
		assertThat(titlesFor(anonymous, "aquaterra")).containsExactly("Qualité de l'eau potable");
	}

	@Test
	void aSiteAdminRebuildsTheIndexWhileSearchesGoOn() throws InterruptedException {
		ApiClient alice = newUser("Alice");
		alice.post("/api/1/datasets/", Map.of("title", "Arbres d'alignement de Grenoble"));
		awaitSearchable();
		assertThat(alice.post("/api/1/admin/search/reindex", Map.of()).status()).isEqualTo(403);
		assertThat(anonymous.post("/api/1/admin/search/reindex", Map.of()).status()).isEqualTo(401);

		ApiClient admin = newSiteAdmin();
		long total = anonymous.get("/api/1/datasets/?page_size=1").json().get("total").asLong();
		assertThat(admin.post("/api/1/admin/search/reindex", Map.of()).status()).isEqualTo(202);
		JsonNode progress;
		do {
			assertThat(titlesFor(anonymous, "arbres grenoble")).containsExactly("Arbres d'alignement de Grenoble");
			Thread.sleep(50);
			progress = admin.get("/api/1/admin/search/reindex").json();
		}
		while (progress.get("state").asString().equals("running"));
		assertThat(progress.get("state").asString()).isEqualTo("done");
		assertThat(progress.get("done").asLong()).isGreaterThanOrEqualTo(total);
		awaitSearchable();
		assertThat(anonymous.get("/api/1/datasets/?page_size=1").json().get("total").asLong()).isEqualTo(total);
		assertThat(titlesFor(anonymous, "arbres grenoble")).containsExactly("Arbres d'alignement de Grenoble");
	}

	@Test
	void suggestionsAndOrganizationsFollowTheWordsTyped() {
		ApiClient alice = newUser("Alice");
		String org = alice.post("/api/1/organizations/", Map.of("name", "Région Normandie", "acronym", "RN",
				"type", "local-authority")).json().get("id").asString();
		alice.post("/api/1/datasets/", Map.of("title", "Aménagements cyclables normands", "organization", org));
		alice.post("/api/1/datasets/", Map.of("title", "Aménagements cyclables secrets", "private", true));
		awaitSearchable();

		assertThat(anonymous.get("/api/1/datasets/suggest?q=amenag%20cycl").json().findValuesAsString("title"))
			.containsExactly("Aménagements cyclables normands");
		assertThat(alice.get("/api/1/datasets/suggest?q=AMÉNAG").json().findValuesAsString("title"))
			.contains("Aménagements cyclables normands", "Aménagements cyclables secrets");
		assertThat(anonymous.get("/api/1/organizations/suggest?q=regi%20norm").json().findValuesAsString("slug"))
			.containsExactly("region-normandie");
		assertThat(anonymous.get("/api/1/datasets/suggest?q=x&size=500").status()).isEqualTo(400);

		JsonNode organizations = anonymous.get("/api/1/organizations/?q=normandie").json();
		assertThat(organizations.get("data").findValuesAsString("name")).containsExactly("Région Normandie");
		assertThat(counts(organizations, "organization_type")).containsEntry("local-authority", 1L);
		assertThat(anonymous.get("/api/1/organizations/?type=pirate").status()).isEqualTo(400);
	}

	@Test
	void theBoundingBoxFilterKeepsDatasetsWhoseExtentIntersectsIt() {
		ApiClient alice = newUser("Alice");
		String tag = "emprise-" + System.nanoTime();
		JsonNode brittany = alice.post("/api/1/datasets/", Map.of("title", "Sentiers côtiers", "tags", List.of(tag),
				"spatial", Map.of("bbox", List.of(-5.2, 47.2, -1.0, 48.9)))).json();
		assertThat(brittany.get("spatial").get("bbox").get(0).asDouble()).isEqualTo(-5.2);
		alice.post("/api/1/datasets/", Map.of("title", "Traboules", "tags", List.of(tag), "spatial",
				Map.of("bbox", List.of(4.7, 45.6, 5.0, 45.9))));
		alice.post("/api/1/datasets/", Map.of("title", "Sans emprise", "tags", List.of(tag)));
		awaitSearchable();

		assertThat(titlesOf(anonymous.get("/api/1/datasets/?tag=" + tag + "&bbox=-4,47.5,-3,48")))
			.containsExactly("Sentiers côtiers");
		assertThat(titlesOf(anonymous.get("/api/1/datasets/?tag=" + tag + "&bbox=-5.5,41,9.6,51.2&sort=title")))
			.containsExactly("Sentiers côtiers", "Traboules");
		assertThat(anonymous.get("/api/1/datasets/?bbox=1,2,3").status()).isEqualTo(400);
		assertThat(anonymous.get("/api/1/datasets/?bbox=10,0,5,1").status()).isEqualTo(400);
		JsonNode invalid = alice.post("/api/1/datasets/", Map.of("title", "X", "spatial",
				Map.of("bbox", List.of(200, 0, 201, 1)))).json();
		assertThat(invalid.get("errors").get(0).get("field").asString()).isEqualTo("spatial.bbox");
	}

	private static List<String> titlesOf(ApiClient.Response response) {
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("data").findValuesAsString("title");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private Map<String, Long> sqlCounts(String sql) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql(sql).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	private static Map<String, Long> counts(JsonNode answer, String facet) {
		Map<String, Long> counts = new HashMap<>();
		answer.get("facets").get(facet).forEach(value -> counts.put(value.get("value").asString(),
				value.get("count").asLong()));
		return counts;
	}

	static List<String> titlesFor(ApiClient client, String q) {
		ApiClient.Response response = client.get("/api/1/datasets/?q=" + encode(q));
		assertThat(response.status()).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		response.json().get("data").forEach(dataset -> titles.add(dataset.get("title").asString()));
		return titles;
	}

	static String encode(String q) {
		return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
	}
}
