package org.datagora.search.ckan;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.datagora.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** package_search as harvesters and other CKAN clients call it: fq as they write it, fl, facet limits, sorts. */
class CkanSearchTest extends CkanTest {

	// what ckanext-harvest writes: Python's isoformat() of a UTC time (microseconds), then a Z
	private static final DateTimeFormatter PYTHON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	@Test
	void readsFilterQueriesAsClientsWriteThem() {
		Catalog catalog = catalog();
		String tag = catalog.tag();
		assertThat(count("+tags:" + tag + " +res_format:CSV +organization:" + catalog.organization())).isEqualTo(1);
		assertThat(count("tags:\"" + tag + "\" AND groups:tran && license_id:lov2")).isEqualTo(1);
		String id = result("package_show?id=" + catalog.open()).get("id").asString();
		String owner = result("package_show?id=" + catalog.open()).get("owner_org").asString();
		assertThat(count("tags:" + tag + " owner_org:" + owner)).isEqualTo(1);
		assertThat(count("tags:" + tag + " res_format:PDF")).isZero();
		// a quoted value keeps its spaces and its AND
		assertThat(count("tags:\"" + tag + " AND velo\"")).isZero();

		for (Map.Entry<String, String> refused : Map.of("organization:a OR organization:b", "OR",
				"-tags:" + tag, "negation", "NOT tags:" + tag, "negation", "organization:(a b)", "parentheses",
				"tags:velo*", "wildcards", "title:velo", "unknown field", "tags:[a TO b]", "metadata_modified only",
				"tags:a tags:b", "twice", "tags:a ~b", "cannot read").entrySet()) {
			ApiClient.Response response = anonymous.get("/api/3/action/package_search?fq=" + encode(refused.getKey()));
			assertThat(response.status()).as(refused.getKey()).isEqualTo(409);
			assertThat(response.json().get("error").get("fq").get(0).asString()).as(refused.getKey())
				.contains(refused.getValue());
		}
		assertThat(slugs(search("fq=" + encode("tags:" + tag) + "&fl=id,name"))).containsExactly(catalog.open());
		assertThat(search("fq=" + encode("tags:" + tag)).get("results").get(0).get("id").asString()).isEqualTo(id);
	}

	@Test
	void harvestsIncrementallyByModificationTime() {
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Catalog catalog = catalog();
		String mine = "tags:" + catalog.tag();
		// ckanext-harvest's request for what changed since its last run, an hour earlier for safety
		String since = "metadata_modified:[" + PYTHON.format(before.minus(1, ChronoUnit.HOURS)) + " TO *]";
		JsonNode changed = search("fq=" + encode(mine + " " + since) + "&sort=" + encode("id asc")
				+ "&rows=100&start=0");
		assertThat(slugs(changed)).containsExactly(catalog.open());
		assertThat(search("fq=" + encode(mine + " " + since) + "&sort=" + encode("id asc") + "&rows=100&start=100")
			.get("results")).isEmpty();
		assertThat(count(mine + " metadata_modified:[" + Instant.now().plusSeconds(60) + " TO *]")).isZero();
		assertThat(count(mine + " metadata_modified:[* TO " + before.minusSeconds(60) + "]")).isZero();
		assertThat(count(mine + " metadata_modified:[" + before.minusSeconds(60) + " TO " + Instant.now()
				.plusSeconds(60) + "}")).isEqualTo(1);
		// the bound is the dataset's own time: included with [, left out with {
		String modified = result("package_show?id=" + catalog.open()).get("metadata_modified").asString() + "Z";
		assertThat(count(mine + " metadata_modified:[" + modified + " TO *]")).isEqualTo(1);
		assertThat(count(mine + " metadata_modified:{" + modified + " TO *]")).isZero();

		for (String refused : List.of("metadata_modified:[NOW-1DAY TO *]", "metadata_modified:2024-01-01T00:00:00Z",
				"metadata_modified:[2024-01-01 TO *]")) {
			ApiClient.Response response = anonymous.get("/api/3/action/package_search?fq=" + encode(refused));
			assertThat(response.status()).as(refused).isEqualTo(409);
		}
	}

	@Test
	void givesOnlyTheFieldsAskedForAsCkansIndexHasThem() {
		Catalog catalog = catalog();
		String mine = "fq=" + encode("tags:" + catalog.tag());
		JsonNode pack = search(mine + "&fl=" + encode("id,name,tags,groups,organization,metadata_modified,version"))
			.get("results").get(0);
		// version has no value: left out, as Solr leaves it out
		assertThat(names(pack)).isEqualTo(Set.of("id", "name", "tags", "groups", "organization", "metadata_modified"));
		assertThat(pack.get("tags")).extracting(JsonNode::asString).containsExactlyInAnyOrder(catalog.tag(), "velo");
		assertThat(pack.get("groups")).extracting(JsonNode::asString).containsExactly("tran");
		assertThat(pack.get("organization").asString()).isEqualTo(catalog.organization());
		assertThat(Instant.parse(pack.get("metadata_modified").asString())).isBefore(Instant.now());
		assertThat(names(search(mine + "&fl=" + encode("[\"name\", \"no_such_field\"]")).get("results").get(0)))
			.containsExactly("name");
		assertThat(names(search(mine + "&fl=name%20title").get("results").get(0))).containsExactly("name", "title");
	}

	@Test
	void limitsFacetsAsAsked() {
		Catalog catalog = catalog();
		// its two formats
		String mine = "fq=" + encode("tags:" + catalog.tag()) + "&facet.field=" + encode("[\"res_format\"]");
		assertThat(search(mine).get("facets").get("res_format").size()).isEqualTo(2);
		assertThat(search(mine + "&facet.limit=1").get("facets").get("res_format").size()).isEqualTo(1);
		assertThat(search(mine + "&facet.limit=1").get("search_facets").get("res_format").get("items").size())
			.isEqualTo(1);
		assertThat(search(mine + "&facet.limit=-1").get("facets").get("res_format").size()).isEqualTo(2);
		assertThat(search(mine + "&facet.limit=0").get("facets").get("res_format").size()).isZero();
		// each format counts one dataset here
		assertThat(search(mine + "&facet.mincount=2").get("facets").get("res_format").size()).isZero();
		assertThat(search(mine + "&facet=false").get("facets").size()).isZero();
		for (String refused : List.of("facet.mincount=0", "facet.limit=many", "facet=perhaps")) {
			assertThat(anonymous.get("/api/3/action/package_search?" + mine + "&" + refused).status()).as(refused)
				.isEqualTo(409);
		}
		// more values than we count: said, not cut silently
		// a dataset has 50 tags at most
		for (int d = 0; d < 2; d++) {
			List<String> tags = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				tags.add(catalog.tag() + "-" + d + "-" + i);
			}
			assertThat(catalog.publisher().post("/api/1/datasets/", Map.of("title", "Cinquante mots-clés " + d,
					"description", "Beaucoup.", "tags", tags, "organization", catalog.organization())).status())
				.isEqualTo(201);
		}
		awaitSearchable();
		String all = "fq=" + encode("organization:" + catalog.organization()) + "&facet.field=" + encode("[\"tags\"]");
		assertThat(search(all + "&facet.limit=100").get("facets").get("tags").size()).isEqualTo(100);
		ApiClient.Response tooMany = anonymous.get("/api/3/action/package_search?" + all + "&facet.limit=-1");
		assertThat(tooMany.status()).isEqualTo(409);
		assertThat(tooMany.json().get("error").get("facet.limit").get(0).asString()).contains("'tags'", "100");
		// owner_org counts by the organization's id
		String owner = result("package_show?id=" + catalog.open()).get("owner_org").asString();
		assertThat(search("fq=" + encode("tags:" + catalog.tag()) + "&facet.field=" + encode("[\"owner_org\"]"))
			.get("facets").get("owner_org").get(owner).asInt()).isEqualTo(1);
	}

	@Test
	void sortsByIdAndLowersLargeRowsAsCkanDoes() {
		catalog();
		List<String> ids = new ArrayList<>();
		search("sort=" + encode("id asc") + "&rows=5000&fl=id").get("results")
			.forEach(pack -> ids.add(pack.get("id").asString()));
		assertThat(ids).hasSizeGreaterThan(1).hasSizeLessThanOrEqualTo(CkanSearch.MAX_ROWS).isSorted();
		List<String> descending = new ArrayList<>();
		search("sort=" + encode("id desc") + "&rows=3&fl=id").get("results")
			.forEach(pack -> descending.add(pack.get("id").asString()));
		assertThat(descending).hasSize(Math.min(3, ids.size())).isSortedAccordingTo(Comparator.reverseOrder());
		// without words nor sort, the last modified come first, as the answer says
		JsonNode latest = search("rows=2&fl=metadata_modified");
		assertThat(latest.get("sort").asString()).isEqualTo("metadata_modified desc");
		assertThat(latest.get("results").get(0).get("metadata_modified").asString())
			.isGreaterThanOrEqualTo(latest.get("results").get(1).get("metadata_modified").asString());
	}

	private int count(String fq) {
		return search("fq=" + encode(fq) + "&rows=0").get("count").asInt();
	}
}
