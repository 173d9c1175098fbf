package org.datagora.requests;

import java.util.HashMap;
import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input at the door: missing or unknown fields, duplicates shown before posting, spam, the
 * hourly limit per account, HTML in Markdown, and writes without an account.
 */
class RequestInputTest extends RequestTestBase {

	@Test
	void missingAndUnknownFieldsAreNamedOneByOne() {
		ApiClient citizen = newUser("Camille");
		ApiClient.Response empty = citizen.post("/api/1/requests", Map.of());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
		assertThat(empty.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title",
				"description", "use_case", "requester_type");

		Map<String, Object> unknown = new HashMap<>(request("Parkings relais", "nulle-part"));
		unknown.put("requester_type", "alien");
		unknown.put("zone", "Atlantide");
		unknown.put("theme", "SPACE");
		JsonNode errors = citizen.post("/api/1/requests", unknown).json().get("errors");
		assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("organization", "requester_type",
				"zone", "theme");

		Map<String, Object> byName = new HashMap<>(request("Parkings relais de Rennes", null));
		byName.put("zone", "Rennes");
		byName.put("theme", "TRAN");
		JsonNode created = ask(citizen, byName);
		assertThat(created.get("zone").get("id").asString()).isEqualTo("fr:commune:35238");
		assertThat(created.get("theme").asString()).isEqualTo("TRAN");

		assertThat(anonymous.post("/api/1/requests", request("Sans compte", null)).status()).isEqualTo(401);
		assertThat(anonymous.post("/api/1/requests/" + created.get("id").asString() + "/support", Map.of()).status())
			.isEqualTo(401);
		assertThat(anonymous.get("/api/1/requests/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void similarTitlesAreShownBeforePostingUntilTheRequesterConfirms() {
		Holder metropolis = holder("Métropole");
		String word = word();
		String first = ask(newUser("Camille"), request("Horaires des bus " + word + " en temps réel", metropolis.slug()))
			.get("id").asString();
		awaitSearchable();

		ApiClient other = newUser("Dominique");
		Map<String, Object> similar = request("Horaires en temps réel des bus " + word, null);
		ApiClient.Response duplicates = other.post("/api/1/requests", similar);
		assertThat(duplicates.status()).isEqualTo(409);
		assertThat(duplicates.json().get("detail").asString()).contains("confirm_not_duplicate=true");
		JsonNode candidate = duplicates.json().get("candidates").get(0);
		assertThat(candidate.get("id").asString()).isEqualTo(first);
		assertThat(candidate.get("page").asString()).isEqualTo("/requests/" + first);
		assertThat(candidate.get("organization").get("slug").asString()).isEqualTo(metropolis.slug());

		assertThat(other.post("/api/1/requests?confirm_not_duplicate=true", similar).status()).isEqualTo(201);
		assertThat(other.post("/api/1/requests", request("Registre des cimetières " + word(), null)).status())
			.isEqualTo(201);
	}

	@Test
	void spamIsRefusedWithTheReason() {
		ApiClient citizen = newUser("Camille");
		assertSpam(citizen, Map.of("description", "Voir http://a.example http://b.example https://c.example www.d.example"),
				"description", "has too many links (4; 3 at most)");
		assertSpam(citizen, Map.of("title", "DONNEZ NOUS LES DONNEES MAINTENANT"), "title",
				"is written in capital letters");
		assertSpam(citizen, Map.of("use_case", "Pour mon projet !!!!!!!!"), "use_case",
				"repeats a character many times");
		assertSpam(citizen, Map.of("title", "12345 678 ???"), "title", "contains no words");
		// an acronym is not shouting, and Markdown rules are not repeated characters
		Map<String, Object> fine = new HashMap<>(request("Données SIRENE et BAN " + word(), null));
		fine.put("description", "Les bases:\n\n----------\n\n* SIRENE\n* BAN");
		assertThat(citizen.post("/api/1/requests?confirm_not_duplicate=true", fine).status()).isEqualTo(201);

		String id = ask(newUser("Dominique"), request("Plan des pistes cyclables " + word(), null)).get("id").asString();
		ApiClient.Response comment = citizen.post("/api/1/requests/" + id + "/comments",
				Map.of("body", "PROMO PROMO PROMO ACHETEZ ICI"));
		assertThat(comment.status()).isEqualTo(422);
		assertThat(comment.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
	}

	private static void assertSpam(ApiClient client, Map<String, Object> change, String field, String reason) {
		Map<String, Object> body = new HashMap<>(request("Données des parcs " + word(), null));
		body.putAll(change);
		ApiClient.Response refused = client.post("/api/1/requests?confirm_not_duplicate=true", body);
		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo(reason);
	}

	@Test
	void anAccountPostsAtMostFiveRequestsAndThirtyCommentsAnHour() {
		ApiClient eager = newUser("Eager");
		for (int i = 0; i < 5; i++) {
			ask(eager, request("Demande numéro " + i + " " + word(), null));
		}
		ApiClient.Response sixth = eager.post("/api/1/requests?confirm_not_duplicate=true",
				request("Une de trop " + word(), null));
		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.json().get("detail").asString()).contains("5 requests in the last hour");

		String id = ask(newUser("Camille"), request("Archives numérisées " + word(), null)).get("id").asString();
		for (int i = 0; i < 30; i++) {
			assertThat(eager.post("/api/1/requests/" + id + "/comments", Map.of("body", "Message " + i)).status())
				.isEqualTo(201);
		}
		assertThat(eager.post("/api/1/requests/" + id + "/comments", Map.of("body", "Encore un")).status())
			.isEqualTo(429);

		// an hour later the account may post again
		clock.advance(java.time.Duration.ofMinutes(61));
		assertThat(eager.post("/api/1/requests?confirm_not_duplicate=true", request("Une heure après " + word(), null))
			.status()).isEqualTo(201);
	}

	@Test
	void htmlInMarkdownIsShownAsTextNeverRun() {
		ApiClient citizen = newUser("Camille");
		Map<String, Object> body = new HashMap<>(request("Subventions aux associations " + word(), null));
		body.put("description", "Les **montants** par association <script>alert('x')</script>");
		String id = ask(citizen, body).get("id").asString();
		citizen.post("/api/1/requests/" + id + "/comments",
				Map.of("body", "Voir [le budget](javascript:alert(1)) <img src=x onerror=alert(1)>"));
		String page = new PageClient(port).get("/requests/" + id).body();
		assertThat(page).contains("<strong>montants</strong>", "&lt;script&gt;alert", "&lt;img src=x onerror")
			.doesNotContain("<script>alert", "<img src=x", "javascript:alert");
	}
}
