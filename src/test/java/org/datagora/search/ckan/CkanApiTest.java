package org.datagora.search.ckan;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.datagora.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The CKAN Action API: CKAN's keys and JSON types, its errors, its search parameters, no private dataset. */
class CkanApiTest extends CkanTest {

	@Autowired
	JdbcClient jdbc;

	private static final Path CKAN = Path.of("../shared/testdata/ckan-api/demo.ckan.org-2017");

	@Test
	void answersInCkansEnvelopeWithCkansKeys() {
		Catalog catalog = catalog();
		JsonNode status = anonymous.get("/api/3/action/status_show").json();
		assertThat(status.get("success").asBoolean()).isTrue();
		assertThat(status.get("help").asString()).endsWith("/api/3/action/help_show?name=status_show");
		assertThat(status.get("result").get("ckan_version").asString()).startsWith("2.");
		assertThat(status.get("result").get("extensions").isArray()).isTrue();

		JsonNode pack = anonymous.get("/api/3/action/package_show?id=" + catalog.open()).json().get("result");
		assertThat(names(pack)).isEqualTo(PACKAGE_KEYS);
		assertThat(names(pack.get("resources").get(0))).isEqualTo(RESOURCE_KEYS);
		assertThat(names(pack.get("organization"))).isEqualTo(ORGANIZATION_KEYS);
		assertThat(names(pack.get("tags").get(0))).isEqualTo(TAG_KEYS);
		assertThat(pack.get("name").asString()).isEqualTo(catalog.open());
		assertThat(pack.get("notes").asString()).isEqualTo("Les arceaux de la ville.");
		assertThat(pack.get("license_id").asString()).isEqualTo("lov2");
		assertThat(pack.get("maintainer_email").asString()).isEqualTo("mobilite@example.org");
		assertThat(pack.get("organization").get("name").asString()).isEqualTo(catalog.organization());
		assertThat(pack.get("num_resources").asInt()).isEqualTo(2);
		assertThat(pack.get("resources").get(1).get("position").asInt()).isEqualTo(1);
		assertThat(pack.get("groups").get(0).get("name").asString()).isEqualTo("tran");
		assertThat(extras(pack)).containsEntry("temporal_start", "2020-01-01")
			.containsEntry("spatial_uri", "fr:commune:69123")
			.containsKey("frequency");
		// the same dataset by its id
		assertThat(anonymous.get("/api/3/action/package_show?id=" + pack.get("id").asString()).json()
			.get("result").get("name").asString()).isEqualTo(catalog.open());

		JsonNode found = search("fq=" + encode("tags:" + catalog.tag())
				+ "&facet.field=" + encode("[\"organization\",\"tags\",\"res_format\",\"license_id\",\"groups\"]"));
		assertThat(names(found)).isEqualTo(SEARCH_KEYS);
		assertThat(found.get("count").asInt()).isEqualTo(1);
		assertThat(names(found.get("results").get(0))).isEqualTo(PACKAGE_KEYS);
		assertThat(found.get("facets").get("res_format").get("CSV").asInt()).isEqualTo(1);
		assertThat(found.get("facets").get("organization").get(catalog.organization()).asInt()).isEqualTo(1);
		assertThat(found.get("search_facets").get("groups").get("items").get(0).get("name").asString())
			.isEqualTo("tran");
		assertThat(names(found.get("search_facets").get("tags").get("items").get(0)))
			.isEqualTo(Set.of("name", "display_name", "count"));
	}

	@Test
	void everyHelpLinkAnswersWithTheActionsDocumentation() {
		Catalog catalog = catalog();
		String resource = result("package_show?id=" + catalog.open()).get("resources").get(0).get("id").asString();
		List<String> calls = List.of("status_show", "help_show?name=package_search", "package_show?id=" + catalog.open(),
				"package_search", "package_list", "organization_list", "organization_show?id=" + catalog.organization(),
				"group_list", "group_show?id=tran", "tag_list", "license_list", "resource_show?id=" + resource,
				"package_show?id=no-such-dataset", "package_create");
		for (String call : calls) {
			URI help = URI.create(anonymous.get("/api/3/action/" + call).json().get("help").asString());
			ApiClient.Response documented = anonymous.get(help.getRawPath() + "?" + help.getRawQuery());
			assertThat(documented.status()).as(call).isEqualTo(200);
			assertThat(documented.json().get("result").isString()).as(call).isTrue();
		}
		String searching = result("help_show?name=package_search").asString();
		assertThat(searching).contains("fq", "metadata_modified", "rows", "facet.limit", "fl");
		assertThat(result("help_show?name=organization_show").asString()).contains("include_datasets");

		ApiClient.Response unknown = anonymous.get("/api/3/action/help_show?name=package_create");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("error").get("__type").asString()).isEqualTo("Not Found Error");
		assertThat(unknown.json().get("error").get("message").asString())
			.isEqualTo("Not found: Action function not found");
		assertThat(anonymous.get("/api/3/action/help_show").status()).isEqualTo(409);
	}

	@Test
	void filtersSortsAndPagesAsCkanDoes() {
		Catalog catalog = catalog();
		String mine = "tags:" + catalog.tag();
		assertThat(search("fq=" + encode(mine + " AND organization:" + catalog.organization()
				+ " res_format:CSV license_id:lov2 groups:tran")).get("count").asInt()).isEqualTo(1);
		assertThat(search("fq=" + encode(mine + " res_format:XLSX")).get("count").asInt()).isZero();
		assertThat(search("fq=" + encode(mine + " groups:envi")).get("count").asInt()).isZero();
		assertThat(search("q=" + encode("arceaux vélo") + "&fq=" + encode(mine)).get("count").asInt()).isEqualTo(1);
		JsonNode sorted = search("fq=" + encode(mine) + "&sort=" + encode("metadata_modified desc") + "&rows=0");
		assertThat(sorted.get("count").asInt()).isEqualTo(1);
		assertThat(sorted.get("results")).isEmpty();
		assertThat(search("sort=" + encode("title_string asc") + "&rows=2&start=1").get("results").size())
			.isLessThanOrEqualTo(2);
		// a start that is not a multiple of rows still gives the rows that follow it
		List<String> all = slugs(search("sort=" + encode("metadata_created asc, id asc") + "&rows=6"));
		assertThat(slugs(search("sort=" + encode("metadata_created asc, id asc") + "&rows=3&start=2")))
			.isEqualTo(all.subList(Math.min(2, all.size()), Math.min(5, all.size())));
		// a harvester's walk, page after page in order, goes on from where each page ended
		List<String> walked = new ArrayList<>();
		List<String> page;
		do {
			page = slugs(search("sort=" + encode("metadata_created asc, id asc") + "&rows=2&start=" + walked.size()));
			walked.addAll(page);
		}
		while (!page.isEmpty() && walked.size() < all.size());
		assertThat(walked).isEqualTo(all);
		// past the first 10,000 results, only a walk in order reaches
		ApiClient.Response deep = anonymous.get("/api/3/action/package_search?start=20000&rows=10");
		assertThat(deep.status()).isEqualTo(409);
		assertThat(deep.json().get("error").get("start").get(0).asString()).contains("start=0");
	}

	@Test
	void privateDatasetsNeverShowAndErrorsAreCkans() {
		Catalog catalog = catalog();
		JsonNode found = search("fq=" + encode("tags:" + catalog.tag()) + "&rows=1000");
		assertThat(slugs(found)).containsExactly(catalog.open());
		assertThat(anonymous.get("/api/3/action/package_list?limit=1000").text()).doesNotContain(catalog.hidden());
		// its publisher sees it when asking for private datasets, as in CKAN, and only then
		ApiClient publisher = catalog.publisher();
		String query = "/api/3/action/package_search?fq=" + encode("tags:" + catalog.tag());
		assertThat(slugs(publisher.get(query).json().get("result"))).containsExactly(catalog.open());
		assertThat(slugs(publisher.get(query + "&include_private=true").json().get("result")))
			.containsExactlyInAnyOrder(catalog.open(), catalog.hidden());
		assertThat(slugs(anonymous.get(query + "&include_private=true").json().get("result")))
			.containsExactly(catalog.open());
		assertThat(publisher.get("/api/3/action/package_show?id=" + catalog.hidden()).json().get("result")
			.get("private").asBoolean()).isTrue();

		ApiClient.Response hidden = anonymous.get("/api/3/action/package_show?id=" + catalog.hidden());
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.json().get("success").asBoolean()).isFalse();
		assertThat(hidden.json().get("error").get("__type").asString()).isEqualTo("Not Found Error");
		assertThat(hidden.json().get("error").get("message").asString()).isEqualTo("Not found");
		assertThat(anonymous.get("/api/3/action/package_show?id=no-such-dataset").status()).isEqualTo(404);
		assertThat(anonymous.get("/api/3/action/organization_show?id=no-such-organization").status()).isEqualTo(404);
		assertThat(anonymous.get("/api/3/action/resource_show?id=" + java.util.UUID.randomUUID()).status())
			.isEqualTo(404);

		for (String bad : List.of("rows=lots", "rows=-1", "start=-3", "sort=colour+asc",
				"fq=colour:blue", "facet.field=organization", "facet.field=" + encode("[\"colour\"]"))) {
			ApiClient.Response refused = anonymous.get("/api/3/action/package_search?" + bad);
			assertThat(refused.status()).as(bad).isEqualTo(409);
			assertThat(refused.json().get("success").asBoolean()).isFalse();
			assertThat(refused.json().get("error").get("__type").asString()).isEqualTo("Validation Error");
		}
		assertThat(anonymous.get("/api/3/action/package_search?rows=lots").json().get("error").get("rows").isArray())
			.isTrue();
		assertThat(anonymous.get("/api/3/action/package_search?fq=organization:nobody").status()).isEqualTo(409);
		assertThat(anonymous.get("/api/3/action/package_show").status()).isEqualTo(409);
		assertThat(anonymous.get("/api/3/action/package_create").status()).isEqualTo(400);
	}

	@Test
	void listsOrganizationsTagsLicencesGroupsAndResources() {
		Catalog catalog = catalog();
		assertThat(result("package_list?limit=1000")).extracting(JsonNode::asString).contains(catalog.open());
		assertThat(result("package_list?limit=1&offset=0").size()).isEqualTo(1);
		assertThat(result("organization_list")).extracting(JsonNode::asString).contains(catalog.organization());
		JsonNode dicts = result("organization_list?all_fields=true");
		assertThat(dicts.size()).isBetween(1, 25);
		assertThat(names(dicts.get(0))).containsAll(ORGANIZATION_KEYS).contains("display_name", "package_count");
		JsonNode organization = result("organization_show?id=" + catalog.organization());
		// as in CKAN, its own answer adds what lists leave out unless asked
		Set<String> listed = new TreeSet<>(names(dicts.get(0)));
		listed.addAll(List.of("extras", "tags", "groups"));
		assertThat(names(organization)).isEqualTo(listed);
		assertThat(organization.get("is_organization").asBoolean()).isTrue();
		// its private dataset is not counted
		assertThat(organization.get("package_count").asInt()).isEqualTo(1);
		// as CKAN, a larger limit gives the most there are
		assertThat(result("organization_list?all_fields=true&limit=26").size()).isBetween(1, 25);
		assertThat(result("tag_list")).extracting(JsonNode::asString).contains("velo");
		assertThat(result("license_list")).extracting(license -> license.get("id").asString()).contains("lov2",
				"cc-by");
		assertThat(result("group_list")).extracting(JsonNode::asString).contains("tran", "envi");
		assertThat(result("group_list?all_fields=true").get(0).has("display_name")).isTrue();
		JsonNode resource = result("package_show?id=" + catalog.open()).get("resources").get(1);
		JsonNode shown = result("resource_show?id=" + resource.get("id").asString());
		assertThat(names(shown)).isEqualTo(RESOURCE_KEYS);
		assertThat(shown).isEqualTo(resource);
	}

	@Test
	void clientsMayPostTheirParametersAsJson() {
		Catalog catalog = catalog();
		ApiClient.Response found = anonymous.post("/api/3/action/package_search", Map.of("fq", "tags:"
				+ catalog.tag(), "rows", 5, "facet.field", List.of("tags", "res_format")));
		assertThat(found.status()).as(found.text()).isEqualTo(200);
		assertThat(slugs(found.json().get("result"))).containsExactly(catalog.open());
		assertThat(found.json().get("result").get("facets").get("res_format").get("GEOJSON").asInt()).isEqualTo(1);
		assertThat(anonymous.post("/api/3/action/package_show", Map.of("id", catalog.open())).json().get("result")
			.get("name").asString()).isEqualTo(catalog.open());
		assertThat(anonymous.post("/api/3/action/organization_list", Map.of("all_fields", true)).json()
			.get("result").get(0).has("is_organization")).isTrue();
		assertThat(anonymous.post("/api/3/action/package_search", Map.of("rows", "lots")).status()).isEqualTo(409);
		assertThat(anonymous.post("/api/3/action/package_search", List.of("not", "an", "object")).status())
			.isEqualTo(400);
	}

	@Test
	void answersHaveTheKeysAndTypesOfRealCkanAnswers() throws Exception {
		assumeTrue(Files.isDirectory(CKAN), "skipped: the corpus " + CKAN.toAbsolutePath() + " is absent");
		Catalog catalog = catalog();
		JsonMapper json = JsonMapper.builder().build();
		JsonNode theirSearch = json.readTree(CKAN.resolve("packages.json").toFile());
		JsonNode ourSearch = anonymous.get("/api/3/action/package_search?fq=" + encode("tags:" + catalog.tag())
				+ "&facet.field=" + encode("[\"groups\",\"res_format\",\"organization\"]")).json();
		sameShape("package_search", theirSearch, ourSearch, false);
		sameShape("package_search result", theirSearch.get("result"), ourSearch.get("result"), false);
		sameShape("facet", theirSearch.get("result").get("search_facets").get("res_format"),
				ourSearch.get("result").get("search_facets").get("res_format"), false);
		List<JsonNode> theirPackages = new ArrayList<>();
		theirSearch.get("result").get("results").forEach(theirPackages::add);
		try (var files = Files.list(CKAN)) {
			for (Path file : files.filter(path -> path.getFileName().toString().matches("[0-9a-f-]{36}\\.json"))
				.toList()) {
				JsonNode shown = json.readTree(file.toFile());
				sameShape("package_show", shown, anonymous.get("/api/3/action/package_show?id=" + catalog.open())
					.json(), false);
				theirPackages.add(shown.get("result"));
			}
		}
		JsonNode ours = ourSearch.get("result").get("results").get(0);
		// CKAN leaves license_url out when a licence has none: our keys are those of all its packages
		Set<String> theirKeys = new TreeSet<>();
		theirPackages.forEach(pack -> theirKeys.addAll(names(pack)));
		assertThat(names(ours)).isEqualTo(theirKeys);
		for (JsonNode theirs : theirPackages) {
			sameShape("package", theirs, ours, true);
			if (!theirs.get("resources").isEmpty()) {
				sameShape("resource", theirs.get("resources").get(0), ours.get("resources").get(0), false);
			}
			if (!theirs.get("tags").isEmpty()) {
				sameShape("tag", theirs.get("tags").get(0), ours.get("tags").get(0), false);
			}
			if (theirs.get("organization").isObject()) {
				sameShape("organization", theirs.get("organization"), ours.get("organization"), false);
			}
			if (!theirs.get("extras").isEmpty()) {
				sameShape("extra", theirs.get("extras").get(0), ours.get("extras").get(0), false);
			}
		}
	}

	@Test
	void ourCkanHarvesterReadsUsBack() {
		Catalog catalog = catalog();
		String source = harvestOnce("Nous-mêmes", anonymous.base(), "ckan", Map.of("tag", catalog.tag()));

		JsonNode original = anonymous.get("/api/1/datasets/" + catalog.open()).json();
		String copyId = jdbc.sql("select id::text from dataset where origin_source_id = cast(? as uuid)").param(source)
			.query(String.class).single();
		JsonNode copy = anonymous.get("/api/1/datasets/" + copyId).json();
		for (String field : List.of("title", "description", "license", "frequency")) {
			assertThat(copy.get(field)).as(field).isEqualTo(original.get(field));
		}
		assertThat(copy.get("tags")).isEqualTo(original.get("tags"));
		assertThat(copy.get("themes")).isEqualTo(original.get("themes"));
		assertThat(copy.get("spatial").get("zones")).isEqualTo(original.get("spatial").get("zones"));
		assertThat(copy.get("temporal_coverage")).isEqualTo(original.get("temporal_coverage"));
		assertThat(copy.get("contact_point")).isEqualTo(original.get("contact_point"));
		assertThat(copy.get("resources")).hasSize(2);
		for (int i = 0; i < 2; i++) {
			JsonNode mine = original.get("resources").get(i);
			JsonNode theirs = copy.get("resources").get(i);
			for (String field : List.of("title", "url", "format")) {
				assertThat(theirs.get(field)).as(field).isEqualTo(mine.get(field));
			}
		}
	}

	private static Map<String, String> extras(JsonNode pack) {
		Map<String, String> extras = new HashMap<>();
		pack.get("extras").forEach(extra -> extras.put(extra.get("key").asString(), extra.get("value").asString()));
		return extras;
	}
}
