package org.datagora.roadmap;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Organizations with their members, datasets and entries, made over the API for the roadmap tests. */
abstract class RoadmapTestSupport extends PortalTest {

	/** An organization as its administrator (its creator) sees it. */
	record Org(String id, String slug, String name, ApiClient admin) {
	}

	Org newOrganization(String name) {
		ApiClient admin = newUser("Admin");
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
		JsonNode created = admin.post("/api/1/organizations/", organization(unique)).json();
		return new Org(created.get("id").asString(), created.get("slug").asString(), unique, admin);
	}

	/** A new account, made an editor of {@code org}. */
	ApiClient member(Org org, String name) {
		ApiClient member = newUser(name);
		String email = member.get("/api/1/me").json().get("email").asString();
		assertThat(org.admin().post("/api/1/organizations/" + org.id() + "/members",
				Map.of("email", email, "role", "editor")).status()).isIn(200, 201);
		return member;
	}

	/** The slug of a new public dataset of {@code org}. */
	static String publicDataset(Org org, String title) {
		ApiClient.Response created = org.admin().post("/api/1/datasets/", Map.of("title", title, "organization", org.id()));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("slug").asString();
	}

	/** A new entry of {@code org}, planned for {@code target} by {@code member}. */
	static JsonNode plan(ApiClient member, Org org, String title, LocalDate target) {
		ApiClient.Response created = member.post("/api/1/roadmaps/entries", Map.of("organization", org.slug(),
				"title", title, "impact", "Utile à tous.", "target_date", target.toString()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json();
	}

	static ApiClient.Response move(ApiClient member, String entry, Map<String, String> change) {
		return member.post("/api/1/roadmaps/entries/" + entry + "/status", change);
	}

	/** Today in France, as the portal counts target dates. */
	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Paris"));
	}
}
