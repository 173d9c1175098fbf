package org.datagora.requests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.datagora.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow of a request over HTTP: every step, who may take it (stranger, requester, member,
 * another organization's member, site administrator), the steps the workflow refuses, and
 * concurrent steps.
 */
class RequestWorkflowTest extends RequestTestBase {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Test
	void aRequestIsAcknowledgedPlannedReplannedAndPublishedWithEveryStepOnItsTimeline() {
		Holder city = holder("Ville");
		ApiClient agent = member(city, "Agnès");
		ApiClient citizen = newUser("Camille");
		JsonNode asked = ask(citizen, request("Horaires des piscines municipales", city.slug()));
		String id = asked.get("id").asString();
		assertThat(asked.get("status").asString()).isEqualTo("submitted");
		assertThat(asked.get("organization").get("slug").asString()).isEqualTo(city.slug());
		assertThat(asked.get("requester").get("display_name").asString()).isEqualTo("Camille");

		assertThat(move(agent, id, Map.of("status", "acknowledged", "note", "Nous regardons.")).status()).isEqualTo(200);
		String first = LocalDate.now(PARIS).plusMonths(3).toString();
		String second = LocalDate.now(PARIS).plusMonths(5).toString();
		assertThat(move(agent, id, Map.of("status", "planned", "planned_for", first)).json().get("planned_for")
			.asString()).isEqualTo(first);
		assertThat(move(agent, id, Map.of("status", "planned", "planned_for", second)).status()).isEqualTo(200);
		String dataset = city.admin()
			.post("/api/1/datasets", Map.of("title", "Horaires des piscines", "organization", city.id()))
			.json()
			.get("slug")
			.asString();
		JsonNode published = move(agent, id, Map.of("status", "published", "datasets", List.of(dataset),
				"note", "C'est en ligne.")).json();
		assertThat(published.get("status").asString()).isEqualTo("published");
		assertThat(published.get("datasets").get(0).get("slug").asString()).isEqualTo(dataset);
		assertThat(published.get("planned_for").isNull()).isTrue();
		assertThat(published.get("version").asInt()).isEqualTo(5);

		JsonNode timeline = anonymous.get("/api/1/requests/" + id + "/events").json();
		assertThat(timeline.findValuesAsString("status")).containsExactly("submitted", "acknowledged", "planned",
				"planned", "published");
		assertThat(timeline.findValues("version").stream().map(JsonNode::asInt).toList()).containsExactly(1, 2, 3, 4,
				5);
		assertThat(timeline.get(0).get("actor").get("display_name").asString()).isEqualTo("Camille");
		assertThat(timeline.get(1).get("actor").get("display_name").asString()).isEqualTo("Agnès");
		assertThat(timeline.get(1).get("note").asString()).isEqualTo("Nous regardons.");
		assertThat(timeline.get(2).get("planned_for").asString()).isEqualTo(first);
		assertThat(timeline.get(3).get("planned_for").asString()).isEqualTo(second);
		assertThat(timeline.get(4).get("datasets").get(0).get("slug").asString()).isEqualTo(dataset);

		// a published request is closed
		ApiClient.Response closed = move(agent, id, Map.of("status", "refused", "refusal_reason", "trade_secret",
				"note", "Non."));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.json().get("detail").asString()).contains("published", "closed");
		assertThat(anonymous.get("/api/1/requests/" + id).json().get("status").asString()).isEqualTo("published");
	}

	@Test
	void onlyTheHoldersMembersAndSiteAdminsAnswerAndOnlyTheRequesterWithdraws() {
		Holder city = holder("Ville");
		ApiClient agent = member(city, "Agnès");
		Holder other = holder("Région");
		ApiClient otherAgent = member(other, "Olivier");
		ApiClient citizen = newUser("Camille");
		ApiClient stranger = newUser("Sacha");
		String id = ask(citizen, request("Registre des arbres d'alignement", city.id())).get("id").asString();
		Map<String, Object> acknowledge = Map.of("status", "acknowledged");

		assertThat(move(anonymous, id, acknowledge).status()).isEqualTo(401);
		assertThat(move(stranger, id, acknowledge).status()).isEqualTo(403);
		assertThat(move(citizen, id, acknowledge).status()).isEqualTo(403);
		assertThat(move(otherAgent, id, acknowledge).status()).isEqualTo(403);
		assertThat(anonymous.get("/api/1/requests/" + id).json().get("status").asString()).isEqualTo("submitted");

		assertThat(move(agent, id, Map.of("status", "withdrawn")).status()).isEqualTo(403);
		assertThat(move(newSiteAdmin(), id, Map.of("status", "withdrawn")).status()).isEqualTo(403);
		assertThat(move(newSiteAdmin(), id, acknowledge).status()).isEqualTo(200);
		assertThat(move(city.admin(), id, Map.of("status", "planned", "planned_for",
				LocalDate.now(PARIS).plusDays(10).toString())).status()).isEqualTo(200);

		JsonNode withdrawn = move(citizen, id, Map.of("status", "withdrawn", "note", "Plus besoin.")).json();
		assertThat(withdrawn.get("status").asString()).isEqualTo("withdrawn");
		assertThat(withdrawn.get("legal_clock").get("state").asString()).isEqualTo("closed");
		assertThat(move(agent, id, Map.of("status", "published", "datasets", List.of("x"))).status()).isEqualTo(409);
	}

	@Test
	void theWorkflowRefusesStepsItDoesNotAllowAndStepsMissingWhatTheyNeed() {
		Holder city = holder("Ville");
		ApiClient agent = member(city, "Agnès");
		String id = ask(newUser("Camille"), request("Délibérations du conseil municipal", city.slug())).get("id")
			.asString();

		ApiClient.Response refusal = move(agent, id, Map.of("status", "refused"));
		assertThat(refusal.status()).isEqualTo(400);
		assertThat(refusal.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
				"refusal_reason", "note");
		assertThat(move(agent, id, Map.of("status", "refused", "refusal_reason", "because", "note", "Non")).json()
			.get("errors").get(0).get("field").asString()).isEqualTo("refusal_reason");
		assertThat(move(agent, id, Map.of("status", "nowhere")).status()).isEqualTo(400);
		for (String past : List.of(LocalDate.now(PARIS).toString(), LocalDate.now(PARIS).minusDays(1).toString())) {
			ApiClient.Response plan = move(agent, id, Map.of("status", "planned", "planned_for", past));
			assertThat(plan.status()).isEqualTo(400);
			assertThat(plan.json().get("errors").get(0).get("message").asString()).isEqualTo("must be in the future");
		}
		assertThat(move(agent, id, Map.of("status", "planned", "planned_for", "demain")).json().get("errors").get(0)
			.get("message").asString()).isEqualTo("must be a date as YYYY-MM-DD");
		assertThat(move(agent, id, Map.of("status", "published")).json().get("errors").get(0).get("field")
			.asString()).isEqualTo("datasets");
		String draft = city.admin().post("/api/1/datasets", Map.of("title", "Brouillon", "organization", city.id(),
				"private", true)).json().get("slug").asString();
		assertThat(move(agent, id, Map.of("status", "already_open", "datasets", List.of(draft))).json().get("errors")
			.get(0).get("message").asString()).contains("is not public");

		JsonNode refused = move(agent, id, Map.of("status", "refused", "refusal_reason", "not_finished", "note",
				"Les délibérations de 2026 ne sont pas encore adoptées.")).json();
		assertThat(refused.get("refusal_reason").asString()).isEqualTo("not_finished");
		ApiClient.Response back = move(agent, id, Map.of("status", "acknowledged"));
		assertThat(back.status()).isEqualTo(409);
		assertThat(back.json().get("detail").asString()).contains("refused cannot become acknowledged",
				"already_open", "planned", "published");
		// a refusal can be revisited
		assertThat(move(agent, id, Map.of("status", "planned", "planned_for",
				LocalDate.now(PARIS).plusMonths(2).toString())).json().get("status").asString()).isEqualTo("planned");
		assertThat(anonymous.get("/api/1/requests/" + id + "/events").json().findValuesAsString("status"))
			.containsExactly("submitted", "refused", "planned");
	}

	@Test
	void aRedirectHandsTheRequestToAnotherOrganizationAndAnUnknownHolderIsAssignedBySiteAdmins() {
		Holder city = holder("Ville");
		ApiClient agent = member(city, "Agnès");
		Holder metropolis = holder("Métropole");
		ApiClient metropolitan = member(metropolis, "Mehdi");
		String id = ask(newUser("Camille"), request("Comptages vélo", city.slug())).get("id").asString();

		assertThat(move(agent, id, Map.of("status", "redirected", "organization", city.slug())).json().get("errors")
			.get(0).get("message").asString()).isEqualTo("already holds the request");
		JsonNode redirected = move(agent, id, Map.of("status", "redirected", "organization", metropolis.slug())).json();
		assertThat(redirected.get("status").asString()).isEqualTo("redirected");
		assertThat(redirected.get("organization").get("slug").asString()).isEqualTo(metropolis.slug());
		assertThat(move(agent, id, Map.of("status", "acknowledged")).status()).isEqualTo(403);
		assertThat(move(metropolitan, id, Map.of("status", "acknowledged")).status()).isEqualTo(200);
		assertThat(anonymous.get("/api/1/requests/" + id + "/events").json().get(1).get("organization").get("slug")
			.asString()).isEqualTo(metropolis.slug());

		ApiClient admin = newSiteAdmin();
		String unknown = ask(newUser("Dominique"), request("Fréquentation des musées", null)).get("id").asString();
		JsonNode unassigned = anonymous.get("/api/1/requests/" + unknown).json();
		assertThat(unassigned.get("organization").isNull()).isTrue();
		assertThat(unassigned.get("legal_clock").get("state").asString()).isEqualTo("unassigned");
		assertThat(move(agent, unknown, Map.of("status", "redirected", "organization", city.slug())).status())
			.isEqualTo(403);
		ApiClient.Response early = move(admin, unknown, Map.of("status", "acknowledged"));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("detail").asString()).contains("assigns it");
		JsonNode assigned = move(admin, unknown, Map.of("status", "redirected", "organization", city.slug())).json();
		assertThat(assigned.get("organization").get("slug").asString()).isEqualTo(city.slug());
		assertThat(assigned.get("legal_clock").get("state").asString()).isEqualTo("running");
		assertThat(move(agent, unknown, Map.of("status", "acknowledged")).status()).isEqualTo(200);
	}

	@Test
	void concurrentStepsAreNeverLost() throws Exception {
		Holder city = holder("Ville");
		ApiClient agent = member(city, "Agnès");
		ApiClient colleague = member(city, "Bruno");
		String id = ask(newUser("Camille"), request("Bornes de recharge", city.slug())).get("id").asString();
		int version = anonymous.get("/api/1/requests/" + id).json().get("version").asInt();
		assertThat(anonymous.get("/api/1/requests/" + id).header("ETag")).isEqualTo("\"" + version + "\"");

		// two members decide on the same version: the second one is told the request moved meanwhile
		assertThat(move(agent, id, Map.of("status", "acknowledged"), version).status()).isEqualTo(200);
		ApiClient.Response stale = move(colleague, id, Map.of("status", "refused", "refusal_reason", "trade_secret",
				"note", "Non."), version);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.header("Content-Type")).startsWith("application/problem+json");

		// at the same time, on the same version: one wins, the other is refused, nothing half-written
		int current = version + 1;
		List<Callable<Integer>> racing = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String date = LocalDate.now(PARIS).plusDays(20 + i).toString();
			ApiClient who = i % 2 == 0 ? agent : colleague;
			racing.add(() -> move(who, id, Map.of("status", "planned", "planned_for", date), current).status());
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> status : pool.invokeAll(racing)) {
			statuses.add(status.get());
		}
		assertThat(statuses).containsOnlyOnce(200).contains(412).hasSize(6);

		// without If-Match every step is kept, one after the other
		List<Callable<Integer>> steps = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String date = LocalDate.now(PARIS).plusDays(40 + i).toString();
			steps.add(() -> move(agent, id, Map.of("status", "planned", "planned_for", date)).status());
		}
		List<Integer> kept = new ArrayList<>();
		for (Future<Integer> status : pool.invokeAll(steps)) {
			kept.add(status.get());
		}
		pool.shutdown();
		assertThat(kept).containsOnly(200);
		JsonNode timeline = anonymous.get("/api/1/requests/" + id + "/events").json();
		assertThat(timeline).hasSize(1 + 1 + 1 + 6);
		assertThat(timeline.findValues("version").stream().map(JsonNode::asInt).toList()).containsExactly(1, 2, 3, 4,
				5, 6, 7, 8, 9);
		assertThat(anonymous.get("/api/1/requests/" + id).json().get("version").asInt()).isEqualTo(9);
	}
}
