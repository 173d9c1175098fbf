package org.datagora.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.datagora.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is told what, as the outbox records it (no SMTP server in tests): the holder's members of a
 * new request or one redirected to them, the requester and followers of every step and comment,
 * never the person who acted.
 */
class RequestNotificationsTest extends RequestTestBase {

	@Test
	void membersHearOfNewRequestsAndTheRequesterAndFollowersOfEveryStepAndComment() {
		Holder city = holder("Ville");
		ApiClient agent = member(city, "Agnès");
		Holder region = holder("Région");
		ApiClient citizen = newUser("Camille");
		ApiClient follower = newUser("Fatou");
		ApiClient supporter = newUser("Sami");
		ApiClient admin = newSiteAdmin();
		String title = "Qualité de l'air aux abords des écoles";
		String id = ask(citizen, request(title, city.slug())).get("id").asString();
		awaitSearchable();

		List<JsonNode> toAdmin = messages(admin, email(city.admin()));
		assertThat(toAdmin).hasSize(1);
		assertThat(toAdmin.get(0).get("subject").asString()).isEqualTo("[Datagora] Nouvelle demande de données : " + title);
		assertThat(toAdmin.get(0).get("body").asString()).contains(city.name(), "/requests/" + id,
				"La réponse est attendue au plus tard le", "A request for data to be opened is addressed to");
		assertThat(toAdmin.get(0).get("sent_at").isNull()).isTrue();
		assertThat(messages(admin, email(agent))).hasSize(1);
		assertThat(messages(admin, email(citizen))).isEmpty();

		follower.post("/api/1/requests/" + id + "/follow", Map.of());
		supporter.post("/api/1/requests/" + id + "/support", Map.of());
		move(agent, id, Map.of("status", "acknowledged", "note", "Nous consultons le service environnement."));
		awaitSearchable();
		List<JsonNode> toCitizen = messages(admin, email(citizen));
		assertThat(toCitizen).hasSize(1);
		assertThat(toCitizen.get(0).get("body").asString()).contains(title, "Prise en compte",
				"Nous consultons le service environnement.", "Acknowledged");
		assertThat(messages(admin, email(follower))).hasSize(1);
		assertThat(messages(admin, email(agent))).hasSize(1);
		assertThat(messages(admin, email(supporter))).isEmpty();

		follower.post("/api/1/requests/" + id + "/comments", Map.of("body", "Ce serait très utile aux parents."));
		awaitSearchable();
		assertThat(messages(admin, email(citizen))).hasSize(2);
		assertThat(messages(admin, email(citizen)).get(0).get("body").asString()).contains("Fatou a commenté");
		assertThat(messages(admin, email(follower))).hasSize(1);

		move(agent, id, Map.of("status", "redirected", "organization", region.slug()));
		awaitSearchable();
		List<JsonNode> toRegion = messages(admin, email(region.admin()));
		assertThat(toRegion).hasSize(1);
		assertThat(toRegion.get(0).get("subject").asString()).isEqualTo("[Datagora] Demande de données transmise : "
				+ title);
		assertThat(toRegion.get(0).get("body").asString()).contains(region.name());
		assertThat(messages(admin, email(citizen))).hasSize(3);
		assertThat(messages(admin, email(follower))).hasSize(2);

		// the outbox is for site administrators only
		assertThat(agent.get("/api/1/admin/outbox").status()).isEqualTo(403);
		assertThat(anonymous.get("/api/1/admin/outbox").status()).isEqualTo(401);
	}

	@Test
	void aRequestNoOrganizationHoldsTellsNobodyUntilItIsAssigned() {
		Holder city = holder("Ville");
		ApiClient admin = newSiteAdmin();
		String id = ask(newUser("Camille"), request("Horaires des déchetteries", null)).get("id").asString();
		awaitSearchable();
		assertThat(messages(admin, email(city.admin()))).isEmpty();
		move(admin, id, Map.of("status", "redirected", "organization", city.slug()));
		awaitSearchable();
		assertThat(messages(admin, email(city.admin()))).extracting(message -> message.get("subject").asString())
			.containsExactly("[Datagora] Demande de données transmise : Horaires des déchetteries");
	}

	private static String email(ApiClient client) {
		return client.get("/api/1/me").json().get("email").asString();
	}

	private static List<JsonNode> messages(ApiClient admin, String recipient) {
		ApiClient.Response listed = admin.get("/api/1/admin/outbox?recipient="
				+ java.net.URLEncoder.encode(recipient, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(listed.status()).as(listed.text()).isEqualTo(200);
		List<JsonNode> messages = new ArrayList<>();
		listed.json().get("data").forEach(messages::add);
		return messages;
	}
}
