package org.datagora.search.ckan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.datagora.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** organization_show, group_show and their lists: CKAN's keys, include_* parameters, limits, sorts and filters. */
class CkanGroupsTest extends CkanTest {

	// group_dictize's keys in CKAN 2.9+ (no corpus answer has them): the group's own, then these
	private static final Set<String> SHOWN_KEYS = Set.of("display_name", "image_display_url", "package_count",
			"num_followers", "extras", "tags", "groups");

	private static final Path DKAN = Path.of("../shared/testdata/ckan-api/udata-harvest-tests/dkan-french-w-license.json");

	@Test
	void showsAnOrganizationWithWhatIsAskedAsCkan() {
		Catalog catalog = catalog();
		JsonNode shown = result("organization_show?id=" + catalog.organization());
		Set<String> keys = new HashSet<>(ORGANIZATION_KEYS);
		keys.addAll(SHOWN_KEYS);
		assertThat(names(shown)).isEqualTo(keys);
		assertThat(shown.get("package_count").asInt()).isEqualTo(1);
		assertThat(shown.get("extras")).extracting(extra -> extra.get("key").asString()).contains("organization_type");

		JsonNode withDatasets = result("organization_show?id=" + shown.get("id").asString()
				+ "&include_datasets=true&include_extras=false&include_tags=0&include_users=yes");
		assertThat(withDatasets.has("extras")).isFalse();
		assertThat(withDatasets.has("tags")).isFalse();
		// members are not public here
		assertThat(withDatasets.get("users")).isEmpty();
		// its private dataset is neither counted nor listed
		assertThat(withDatasets.get("packages")).hasSize(1);
		assertThat(names(withDatasets.get("packages").get(0))).isEqualTo(PACKAGE_KEYS);
		assertThat(withDatasets.get("packages").get(0).get("name").asString()).isEqualTo(catalog.open());
		assertThat(result("organization_show?id=" + catalog.organization() + "&include_dataset_count=false")
			.has("package_count")).isFalse();

		// as CKAN 2.9+: the 10 last modified, the count of all
		for (int i = 0; i < 10; i++) {
			catalog.publisher().post("/api/1/datasets/", Map.of("title", "Compteur " + i + " " + catalog.tag(),
					"description", "Un compteur.", "organization", catalog.organization()));
		}
		awaitSearchable();
		JsonNode many = result("organization_show?id=" + catalog.organization() + "&include_datasets=true");
		assertThat(many.get("package_count").asInt()).isEqualTo(11);
		assertThat(many.get("packages")).hasSize(10);
		assertThat(many.get("packages")).extracting(pack -> pack.get("name").asString()).doesNotContain(catalog.open());

		ApiClient.Response notABoolean = anonymous.get("/api/3/action/organization_show?id="
				+ catalog.organization() + "&include_datasets=maybe");
		assertThat(notABoolean.status()).isEqualTo(409);
		assertThat(notABoolean.json().get("error").get("include_datasets").get(0).asString()).contains("true");
		assertThat(anonymous.get("/api/3/action/organization_show").status()).isEqualTo(409);
	}

	@Test
	void showsThemesAsGroups() {
		Catalog catalog = catalog();
		JsonNode listed = result("package_show?id=" + catalog.open()).get("groups").get(0);
		JsonNode tran = result("group_show?id=" + listed.get("id").asString() + "&include_datasets=true");
		assertThat(tran.get("name").asString()).isEqualTo("tran");
		assertThat(tran.get("is_organization").asBoolean()).isFalse();
		assertThat(tran.get("type").asString()).isEqualTo("group");
		assertThat(tran.get("title").asString()).isEqualTo(listed.get("title").asString());
		assertThat(tran.get("package_count").asInt()).isPositive();
		// the last modified first: ours, just made
		assertThat(tran.get("packages").get(0).get("name").asString()).isEqualTo(catalog.open());
		Set<String> keys = new HashSet<>(ORGANIZATION_KEYS);
		keys.addAll(SHOWN_KEYS);
		keys.add("packages");
		assertThat(names(tran)).isEqualTo(keys);
		assertThat(result("group_show?id=TRAN").get("id").asString()).isEqualTo(tran.get("id").asString());
		assertThat(anonymous.get("/api/3/action/group_show?id=no-such-group").status()).isEqualTo(404);
	}

	@Test
	void listsWithCkansParameters() {
		Catalog catalog = catalog();
		ApiClient admin = catalog.publisher();
		String other = admin.post("/api/1/organizations/", organization("Agglomération " + catalog.tag())).json()
			.get("slug").asString();
		List<String> both = strings(result("organization_list?organizations=" + other + "," + catalog.organization()
				+ ",no-such-organization"));
		// by title: "Agglomération ..." before "Ville de ..."
		assertThat(both).containsExactly(other, catalog.organization());
		assertThat(strings(result("organization_list?sort=title+desc&organizations=" + other + ","
				+ catalog.organization()))).containsExactly(catalog.organization(), other);
		JsonNode posted = anonymous.post("/api/3/action/organization_list", Map.of("organizations",
				List.of(catalog.organization()), "all_fields", true)).json().get("result");
		assertThat(posted).extracting(dict -> dict.get("name").asString()).containsExactly(catalog.organization());
		assertThat(strings(result("organization_list?sort=name+desc&limit=3"))).isSortedAccordingTo(
				(a, b) -> b.compareTo(a));
		assertThat(result("organization_list?limit=5000").size()).isLessThanOrEqualTo(1000);
		ApiClient.Response byCount = anonymous.get("/api/3/action/organization_list?sort=package_count");
		assertThat(byCount.status()).isEqualTo(409);
		assertThat(byCount.json().get("error").get("sort").get(0).asString()).contains("package_count");

		assertThat(strings(result("group_list?groups=tran,envi"))).containsExactly("envi", "tran");
		assertThat(strings(result("group_list?sort=name+desc&limit=2&offset=1"))).containsExactly("tech", "soci");
		JsonNode counted = result("group_list?all_fields=true&sort=package_count");
		List<Integer> counts = new ArrayList<>();
		counted.forEach(group -> counts.add(group.get("package_count").asInt()));
		assertThat(counts).hasSize(13).isSortedAccordingTo((a, b) -> b - a);
		assertThat(names(counted.get(0))).doesNotContain("extras", "tags", "groups", "packages");
		assertThat(result("group_list?all_fields=true&include_extras=true").get(0).has("extras")).isTrue();
		assertThat(anonymous.get("/api/3/action/group_list?sort=colour").status()).isEqualTo(409);
	}

	@Test
	void groupsInPackagesHaveTheShapeOfARealDkanAnswer() throws Exception {
		assumeTrue(Files.isRegularFile(DKAN), "skipped: the corpus " + DKAN.toAbsolutePath() + " is absent");
		Catalog catalog = catalog();
		JsonNode theirs = JsonMapper.builder().build().readTree(DKAN.toFile()).get("result").get(0).get("groups")
			.get(0);
		JsonNode ours = result("package_show?id=" + catalog.open()).get("groups").get(0);
		// CKAN adds display_name, which this DKAN leaves out
		sameShape("group", theirs, ours, true);
		assertThat(names(ours)).containsExactlyInAnyOrder("description", "display_name", "id", "image_display_url",
				"name", "title");
	}

	private static List<String> strings(JsonNode list) {
		List<String> strings = new ArrayList<>();
		list.forEach(node -> strings.add(node.asString()));
		return strings;
	}
}
