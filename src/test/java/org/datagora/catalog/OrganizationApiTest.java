package org.datagora.catalog;

import java.util.List;
import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationApiTest extends PortalTest {

	@Test
	void theCreatorAdministersTheOrganizationAndItsMembers() {
		ApiClient alice = newUser("Alice");
		ApiClient bob = newUser("Bob");
		ApiClient.Response created = alice.post("/api/1/organizations/", Map.of("name", "Ministère de la Culture",
				"acronym", "MC", "type", "ministry", "siret", "11004601800013", "website", "https://www.culture.gouv.fr"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode organization = created.json();
		assertThat(organization.get("slug").asString()).startsWith("ministere-de-la-culture");
		assertThat(organization.get("type").asString()).isEqualTo("ministry");
		String id = organization.get("id").asString();

		assertThat(bob.put("/api/1/organizations/" + id, Map.of("name", "Pwned")).status()).isEqualTo(403);
		assertThat(bob.get("/api/1/organizations/" + id + "/members").status()).isEqualTo(403);
		String bobEmail = bob.get("/api/1/me").json().get("email").asString();
		alice.post("/api/1/organizations/" + id + "/members", Map.of("email", bobEmail, "role", "editor"));
		JsonNode members = bob.get("/api/1/organizations/" + id + "/members").json();
		assertThat(members.findValuesAsString("role")).containsExactlyInAnyOrder("admin", "editor");
		// an editor cannot administer
		assertThat(bob.put("/api/1/organizations/" + id, Map.of("name", "Pwned")).status()).isEqualTo(403);

		String aliceId = alice.get("/api/1/me").json().get("id").asString();
		assertThat(alice.delete("/api/1/organizations/" + id + "/members/" + aliceId).status()).isEqualTo(409);
	}

	@Test
	void badgesAreGivenBySiteAdminsOnly() {
		ApiClient alice = newUser("Alice");
		String id = alice.post("/api/1/organizations/", organization("Commune de Test")).json().get("id").asString();
		assertThat(alice.put("/api/1/organizations/" + id, Map.of("badges", List.of("certified"))).status())
			.isEqualTo(403);
		ApiClient.Response certified = newSiteAdmin().put("/api/1/organizations/" + id,
				Map.of("badges", List.of("certified")));
		assertThat(certified.status()).isEqualTo(200);
		assertThat(certified.json().get("badges").get(0).asString()).isEqualTo("certified");
	}

	@Test
	void anOrganizationThatStillPublishesCannotBeDeleted() {
		ApiClient alice = newUser("Alice");
		String id = alice.post("/api/1/organizations/", organization("Département X")).json().get("id").asString();
		String dataset = alice.post("/api/1/datasets/", Map.of("title", "Routes", "organization", id)).json()
			.get("id").asString();
		ApiClient.Response refused = alice.delete("/api/1/organizations/" + id);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("1 dataset");
		assertThat(anonymous.get("/api/1/organizations/" + id).status()).isEqualTo(200);

		alice.delete("/api/1/datasets/" + dataset);
		assertThat(alice.delete("/api/1/organizations/" + id).status()).isEqualTo(204);
		assertThat(anonymous.get("/api/1/organizations/" + id).status()).isEqualTo(404);
	}

	@Test
	void invalidOrganizationsAreRefusedFieldByField() {
		JsonNode refused = newUser("Alice").post("/api/1/organizations/",
				Map.of("name", "", "type", "club", "siret", "123", "website", "ftp://example.org")).json();
		assertThat(refused.get("status").asInt()).isEqualTo(400);
		assertThat(refused.get("errors").findValuesAsString("field")).contains("name", "type", "siret", "website");
	}
}
