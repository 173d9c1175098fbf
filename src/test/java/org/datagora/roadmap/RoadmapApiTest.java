package org.datagora.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.identity.Viewer;
import org.datagora.web.ProblemException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roadmap's workflow and permissions over the API, as members, strangers and visitors meet them. */
class RoadmapApiTest extends RoadmapTestSupport {

	@Autowired
	private RoadmapEntries entries;

	@Test
	void aMemberPlansPostponesAndOpensAndTheHistoryTellsWhoDidWhatWhen() {
		Org org = newOrganization("Ministère de la Mer");
		ApiClient bob = member(org, "Bob");
		String dataset = publicDataset(org, "Ports de plaisance");
		LocalDate target = today().plusMonths(3);

		ApiClient.Response created = bob.post("/api/1/roadmaps/entries", Map.of("organization", org.slug(), "title",
				"Ports de plaisance", "description", "Capacité et services de chaque port.", "impact",
				"Les plaisanciers et les applications de navigation.", "target_date", target.toString()));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
		JsonNode entry = created.json();
		String id = entry.get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/1/roadmaps/entries/" + id);
		assertThat(entry.get("status").asString()).isEqualTo("planned");
		assertThat(entry.get("late").asBoolean()).isFalse();
		assertThat(entry.get("target_date").asString()).isEqualTo(target.toString());
		assertThat(entry.get("committed_date").asString()).isEqualTo(target.toString());
		assertThat(entry.get("organization").get("name").asString()).isEqualTo(org.name());

		assertThat(move(bob, id, Map.of("status", "in_progress")).json().get("version").asInt()).isEqualTo(2);
		LocalDate later = target.plusMonths(2);
		JsonNode postponed = move(bob, id, Map.of("status", "postponed", "target_date", later.toString(), "reason",
				"Le prestataire a pris du retard.")).json();
		assertThat(postponed.get("status").asString()).isEqualTo("postponed");
		assertThat(postponed.get("target_date").asString()).isEqualTo(later.toString());
		assertThat(postponed.get("committed_date").asString()).isEqualTo(target.toString());
		JsonNode opened = move(bob, id, Map.of("status", "opened", "dataset", "https://portail.example/datasets/"
				+ dataset + "/")).json();
		assertThat(opened.get("status").asString()).isEqualTo("opened");
		assertThat(opened.get("opened_on").asString()).isEqualTo(today().toString());
		String datasetId = anonymous.get("/api/1/datasets/" + dataset).json().get("id").asString();
		assertThat(opened.get("dataset_id").asString()).isEqualTo(datasetId);

		ApiClient.Response read = anonymous.get("/api/1/roadmaps/entries/" + id);
		assertThat(read.header("ETag")).isEqualTo("\"4\"");
		JsonNode events = read.json().get("events");
		assertThat(events.findValuesAsString("action")).containsExactly("created", "moved", "moved", "moved");
		assertThat(events.findValuesAsString("actor_name")).containsOnly("Bob");
		assertThat(events.get(0).get("new_target_date").asString()).isEqualTo(target.toString());
		assertThat(events.get(2).get("old_status").asString()).isEqualTo("in_progress");
		assertThat(events.get(2).get("new_status").asString()).isEqualTo("postponed");
		assertThat(events.get(2).get("old_target_date").asString()).isEqualTo(target.toString());
		assertThat(events.get(2).get("new_target_date").asString()).isEqualTo(later.toString());
		assertThat(events.get(2).get("reason").asString()).isEqualTo("Le prestataire a pris du retard.");
		assertThat(events.get(3).get("dataset_id").asString()).isEqualTo(datasetId);
		assertThat(events.get(3).get("at").asString()).isNotBlank();

		// opened is final
		ApiClient.Response refused = move(bob, id, Map.of("status", "planned", "target_date", later.toString()));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString())
			.isEqualTo("An entry that is opened cannot become planned; it may become: none, it is final");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
		assertThat(anonymous.get("/api/1/roadmaps/entries/" + id).json().get("events")).hasSize(4);
	}

	@Test
	void everyWriteIsCheckedAgainstWhoAsks() {
		Org org = newOrganization("Région Test");
		ApiClient member = member(org, "Martine");
		ApiClient stranger = newUser("Sam");
		ApiClient otherMember = member(newOrganization("Autre région"), "Oscar");
		ApiClient admin = newSiteAdmin();
		Map<String, String> commitment = Map.of("organization", org.slug(), "title", "Lycées", "impact", "Élèves",
				"target_date", today().plusDays(30).toString());

		assertThat(anonymous.post("/api/1/roadmaps/entries", commitment).status()).isEqualTo(401);
		assertThat(stranger.post("/api/1/roadmaps/entries", commitment).status()).isEqualTo(403);
		assertThat(otherMember.post("/api/1/roadmaps/entries", commitment).status()).isEqualTo(403);
		assertThat(admin.post("/api/1/roadmaps/entries", commitment).status()).isEqualTo(201);
		String id = member.post("/api/1/roadmaps/entries", commitment).json().get("id").asString();

		Map<String, String> rename = Map.of("title", "Pwned");
		assertThat(anonymous.put("/api/1/roadmaps/entries/" + id, rename).status()).isEqualTo(401);
		assertThat(stranger.put("/api/1/roadmaps/entries/" + id, rename).status()).isEqualTo(403);
		assertThat(otherMember.put("/api/1/roadmaps/entries/" + id, rename).status()).isEqualTo(403);
		Map<String, String> start = Map.of("status", "in_progress");
		assertThat(anonymous.post("/api/1/roadmaps/entries/" + id + "/status", start).status()).isEqualTo(401);
		assertThat(stranger.post("/api/1/roadmaps/entries/" + id + "/status", start).status()).isEqualTo(403);
		assertThat(otherMember.post("/api/1/roadmaps/entries/" + id + "/status", start).status()).isEqualTo(403);
		JsonNode unchanged = anonymous.get("/api/1/roadmaps/entries/" + id).json();
		assertThat(unchanged.get("title").asString()).isEqualTo("Lycées");
		assertThat(unchanged.get("status").asString()).isEqualTo("planned");
		assertThat(unchanged.get("events")).hasSize(1);
		assertThat(admin.post("/api/1/roadmaps/entries/" + id + "/status", start).status()).isEqualTo(200);
		assertThat(member.put("/api/1/roadmaps/entries/" + id, Map.of("title", "Lycées publics")).status())
			.isEqualTo(200);

		// a proposal: anyone signed in; its proposer rewords it until the organization answers, and no more
		Map<String, String> proposal = Map.of("organization", org.slug(), "title", "Cantines", "impact", "Parents");
		assertThat(anonymous.post("/api/1/roadmaps/proposals", proposal).status()).isEqualTo(401);
		JsonNode proposed = stranger.post("/api/1/roadmaps/proposals", proposal).json();
		String proposalId = proposed.get("id").asString();
		assertThat(proposed.get("status").asString()).isEqualTo("proposed");
		assertThat(proposed.get("target_date").isNull()).isTrue();
		assertThat(stranger.put("/api/1/roadmaps/entries/" + proposalId, Map.of("impact", "Parents et élèves"))
			.status()).isEqualTo(200);
		assertThat(otherMember.put("/api/1/roadmaps/entries/" + proposalId, rename).status()).isEqualTo(403);
		Map<String, String> accept = Map.of("status", "planned", "target_date", today().plusDays(60).toString());
		assertThat(stranger.post("/api/1/roadmaps/entries/" + proposalId + "/status", accept).status())
			.isEqualTo(403);
		assertThat(otherMember.post("/api/1/roadmaps/entries/" + proposalId + "/status", accept).status())
			.isEqualTo(403);
		assertThat(member.post("/api/1/roadmaps/entries/" + proposalId + "/status", accept).status()).isEqualTo(200);
		assertThat(stranger.put("/api/1/roadmaps/entries/" + proposalId, Map.of("impact", "Tout le monde"))
			.status()).isEqualTo(403);
		assertThat(anonymous.get("/api/1/roadmaps/entries/" + proposalId).json().get("impact").asString())
			.isEqualTo("Parents et élèves");
	}

	@Test
	void movesTheWorkflowDoesNotAllowAndDatesInThePastAreRefused() {
		Org org = newOrganization("Département Test");
		ApiClient member = member(org, "Paul");
		Map<String, String> base = Map.of("organization", org.slug(), "title", "Routes", "impact", "Usagers");

		ApiClient.Response past = member.post("/api/1/roadmaps/entries", with(base, "target_date",
				today().minusDays(1).toString()));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("target_date");
		assertThat(past.json().get("errors").get(0).get("message").asString()).isEqualTo("must not be in the past");
		assertThat(member.post("/api/1/roadmaps/entries", base).json().get("errors").findValuesAsString("field"))
			.containsExactly("target_date");
		ApiClient.Response empty = member.post("/api/1/roadmaps/entries", Map.of("organization", org.slug(),
				"title", "", "target_date", today().toString()));
		assertThat(empty.json().get("errors").findValuesAsString("field")).containsExactly("title", "impact");
		assertThat(member.post("/api/1/roadmaps/proposals", with(base, "target_date", today().toString())).json()
			.get("errors").get(0).get("message").asString())
			.isEqualTo("is set by the organization when it accepts the proposal");
		assertThat(member.post("/api/1/roadmaps/entries", with(base, "organization", "nowhere")).json()
			.get("errors").get(0).get("message").asString()).isEqualTo("unknown organization");

		// planned for today is allowed: today is not past
		String id = plan(member, org, "Routes", today()).get("id").asString();
		assertThat(errors(move(member, id, Map.of("status", "postponed", "target_date", today().toString(), "reason",
				"Retard")))).containsExactly("target_date: must be in the future");
		String planned = plan(member, org, "Ponts", today().plusDays(20)).get("id").asString();
		assertThat(errors(move(member, planned, Map.of("status", "postponed", "target_date",
				today().plusDays(10).toString(), "reason", "Retard"))))
			.containsExactly("target_date: must be later than the current target date");
		assertThat(errors(move(member, planned, Map.of("status", "postponed", "target_date",
				today().plusDays(30).toString())))).containsExactly("reason: is required");
		assertThat(errors(move(member, planned, Map.of("status", "abandoned")))).containsExactly("reason: is required");
		assertThat(errors(move(member, planned, Map.of("status", "opened")))).containsExactly("dataset: is required");
		assertThat(errors(move(member, planned, Map.of("status", "opened", "dataset", "no-such-dataset"))))
			.containsExactly("dataset: unknown dataset");
		String hidden = org.admin().post("/api/1/datasets/", Map.of("title", "Brouillon", "organization", org.id(),
				"private", true)).json().get("slug").asString();
		assertThat(errors(move(member, planned, Map.of("status", "opened", "dataset", hidden))))
			.containsExactly("dataset: must be a public dataset");
		assertThat(errors(move(member, planned, Map.of("status", "done"))))
			.containsExactly("status: unknown value 'done'; accepted: proposed, planned, in_progress, opened, "
					+ "postponed, abandoned, declined");
		assertThat(errors(move(member, planned, Map.of("status", "in_progress", "target_date",
				today().plusDays(40).toString()))))
			.containsExactly("target_date: is set only when an entry is planned or postponed");
		assertThat(move(member, planned, Map.of("status", "declined", "reason", "Non")).status()).isEqualTo(409);
		assertThat(move(member, planned, Map.of("status", "planned", "target_date", today().plusDays(40).toString()))
			.status()).isEqualTo(409);
		assertThat(move(member, planned, Map.of("status", "in_progress")).status()).isEqualTo(200);
		assertThat(move(member, planned, Map.of("status", "planned", "target_date", today().plusDays(40).toString()))
			.json().get("detail").asString())
			.isEqualTo("An entry that is in_progress cannot become planned; it may become: opened, postponed, abandoned");
		// an abandoned entry may be planned again, for a date that is not past
		assertThat(move(member, planned, Map.of("status", "abandoned", "reason", "Budget")).status()).isEqualTo(200);
		assertThat(errors(move(member, planned, Map.of("status", "planned", "target_date",
				today().minusDays(1).toString())))).containsExactly("target_date: must not be in the past");
		JsonNode revived = move(member, planned, Map.of("status", "planned", "target_date",
				today().plusDays(90).toString())).json();
		assertThat(revived.get("status").asString()).isEqualTo("planned");
		assertThat(revived.get("committed_date").asString()).isEqualTo(today().plusDays(20).toString());
		assertThat(anonymous.get("/api/1/roadmaps/entries/" + planned).json().get("events")
			.findValuesAsString("action")).containsExactly("created", "moved", "moved", "moved");
	}

	@Test
	void lateIsDerivedFromTheDateOfTheClock() {
		LocalDate start = LocalDate.of(2031, 3, 2);
		clock.setToday(start);
		Org org = newOrganization("Commune Test");
		ApiClient member = member(org, "Léa");
		String dataset = publicDataset(org, "Parkings");
		String due = plan(member, org, "Parkings", start.plusDays(10)).get("id").asString();
		String abandoned = plan(member, org, "Vélos", start.plusDays(5)).get("id").asString();
		move(member, abandoned, Map.of("status", "abandoned", "reason", "Fait par la métropole"));
		member.post("/api/1/roadmaps/proposals", Map.of("organization", org.slug(), "title", "Bancs", "impact", "Tous"));
		String lateList = "/api/1/roadmaps/entries?late=true&organization=" + org.slug();
		assertThat(anonymous.get("/api/1/roadmaps/entries/" + due).json().get("late").asBoolean()).isFalse();
		assertThat(anonymous.get(lateList).json().get("total").asInt()).isZero();

		// on the target date itself the entry is not late yet; the day after, it is
		clock.setToday(start.plusDays(10));
		assertThat(anonymous.get("/api/1/roadmaps/entries/" + due).json().get("late").asBoolean()).isFalse();
		clock.setToday(start.plusDays(11));
		assertThat(anonymous.get("/api/1/roadmaps/entries/" + due).json().get("late").asBoolean()).isTrue();
		assertThat(ids(anonymous.get(lateList))).containsExactly(due);
		assertThat(anonymous.get("/api/1/roadmaps/entries?late=false&organization=" + org.slug()).json().get("data")
			.findValuesAsString("title")).containsExactlyInAnyOrder("Vélos", "Bancs");
		assertThat(organizationRow(org).get("late").asInt()).isEqualTo(1);
		// in progress, it is still late; opened, it is not, and it was opened late
		move(member, due, Map.of("status", "in_progress"));
		assertThat(anonymous.get("/api/1/roadmaps/entries/" + due).json().get("late").asBoolean()).isTrue();
		move(member, due, Map.of("status", "opened", "dataset", dataset));
		assertThat(anonymous.get("/api/1/roadmaps/entries/" + due).json().get("late").asBoolean()).isFalse();
		JsonNode figures = organizationRow(org);
		assertThat(figures.get("late").asInt()).isZero();
		assertThat(figures.get("opened").asInt()).isEqualTo(1);
		assertThat(figures.get("on_time_rate").asDouble()).isZero();
	}

	@Test
	void theCommunityProposesAndSupportsAndTheOrganizationAcceptsOrDeclines() {
		Org org = newOrganization("Agence de l'eau");
		ApiClient member = member(org, "Inès");
		ApiClient citizen = newUser("Camille");
		String id = citizen.post("/api/1/roadmaps/proposals", Map.of("organization", org.id(), "title",
				"Qualité des rivières", "impact", "Pêcheurs et baigneurs", "source", "https://forum.example/t/42"))
			.json()
			.get("id")
			.asString();
		String support = "/api/1/roadmaps/entries/" + id + "/support";
		List<ApiClient> supporters = List.of(newUser("A"), newUser("B"), newUser("C"));
		for (int i = 0; i < supporters.size(); i++) {
			JsonNode counted = supporters.get(i).put(support, Map.of()).json();
			assertThat(counted.get("supporters").asInt()).isEqualTo(i + 1);
			assertThat(counted.get("supported").asBoolean()).isTrue();
		}
		// one support per account, and it can be withdrawn
		assertThat(supporters.get(0).put(support, Map.of()).json().get("supporters").asInt()).isEqualTo(3);
		assertThat(supporters.get(1).delete(support).json().get("supporters").asInt()).isEqualTo(2);
		assertThat(supporters.get(1).delete(support).json().get("supporters").asInt()).isEqualTo(2);
		assertThat(anonymous.put(support, Map.of()).status()).isEqualTo(401);
		JsonNode proposal = anonymous.get("/api/1/roadmaps/entries/" + id).json();
		assertThat(proposal.get("supporters").asInt()).isEqualTo(2);
		assertThat(proposal.get("source").asString()).isEqualTo("https://forum.example/t/42");
		assertThat(proposal.get("events").get(0).get("action").asString()).isEqualTo("proposed");
		assertThat(proposal.get("events").get(0).get("actor_name").asString()).isEqualTo("Camille");

		JsonNode accepted = move(member, id, Map.of("status", "planned", "target_date",
				today().plusMonths(6).toString())).json();
		assertThat(accepted.get("status").asString()).isEqualTo("planned");
		assertThat(accepted.get("committed_date").asString()).isEqualTo(today().plusMonths(6).toString());
		assertThat(accepted.get("supporters").asInt()).isEqualTo(2);
		ApiClient.Response tooLate = supporters.get(2).put(support, Map.of());
		assertThat(tooLate.status()).isEqualTo(409);
		assertThat(tooLate.json().get("detail").asString()).contains("Only proposals are supported");

		String other = citizen.post("/api/1/roadmaps/proposals", Map.of("organization", org.slug(), "title",
				"Fichiers des abonnés", "impact", "Curiosité")).json().get("id").asString();
		assertThat(errors(move(member, other, Map.of("status", "declined")))).containsExactly("reason: is required");
		JsonNode declined = move(member, other, Map.of("status", "declined", "reason",
				"Données personnelles : elles ne peuvent pas être publiées.")).json();
		assertThat(declined.get("status").asString()).isEqualTo("declined");
		assertThat(declined.get("reason").asString()).startsWith("Données personnelles");
		assertThat(move(member, other, Map.of("status", "opened", "dataset", "x")).status()).isEqualTo(409);
		assertThat(ids(anonymous.get("/api/1/roadmaps/entries?status=declined&organization=" + org.slug())))
			.containsExactly(other);
	}

	@Test
	void anotherModuleTurnsARequestIntoAnEntryInOneAction() {
		Org org = newOrganization("Ministère des Transports");
		String memberEmail = "membre-" + java.util.UUID.randomUUID() + "@example.org";
		Viewer member = accounts.signUp(memberEmail, "Mathis", "correct horse battery staple");
		org.admin().post("/api/1/organizations/" + org.id() + "/members", Map.of("email", memberEmail, "role", "editor"));
		Viewer requester = accounts.signUp("demandeur-" + java.util.UUID.randomUUID() + "@example.org", "Rémi",
				"correct horse battery staple");

		// without a date it is a proposal, which anyone signed in may make; with one, a commitment of a member
		RoadmapEntry proposal = requester.act(() -> entries.fromRequest(new RoadmapEntryInput(org.slug(),
				"Comptages routiers", null, "Demandé 40 fois", null, "/requests/8d1c")));
		assertThat(proposal.status()).isEqualTo(RoadmapStatus.PROPOSED);
		assertThat(proposal.source()).isEqualTo("/requests/8d1c");
		LocalDate target = today().plusMonths(2);
		RoadmapEntry planned = member.act(() -> entries.fromRequest(new RoadmapEntryInput(org.id(), "Trafic ferroviaire",
				"Par ligne", "Demandé par les usagers", target, "urn:datagora:request:51")));
		assertThat(planned.status()).isEqualTo(RoadmapStatus.PLANNED);
		assertThat(planned.targetDate()).isEqualTo(target);
		JsonNode read = anonymous.get("/api/1/roadmaps/entries/" + planned.id()).json();
		assertThat(read.get("source").asString()).isEqualTo("urn:datagora:request:51");
		assertThat(read.get("events").get(0).get("actor_name").asString()).isEqualTo("Mathis");
		assertThatThrownBy(() -> requester.act(() -> entries.fromRequest(new RoadmapEntryInput(org.slug(),
				"Trafic ferroviaire", null, "Usagers", target, "/requests/9"))))
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.status()).isEqualTo(HttpStatus.FORBIDDEN));
		assertThat(anonymous.get("/api/1/openapi.json").json().get("paths").propertyNames()).contains(
				"/api/1/roadmaps", "/api/1/roadmaps/entries", "/api/1/roadmaps/entries/{id}",
				"/api/1/roadmaps/entries/{id}/status", "/api/1/roadmaps/proposals", "/api/1/roadmaps/entries.csv");
	}

	@Test
	void listsFilterSortAndPage() {
		Org org = newOrganization("Préfecture Test");
		ApiClient member = member(org, "Nora");
		plan(member, org, "Second", today().plusDays(20));
		plan(member, org, "Premier", today().plusDays(10));
		plan(member, org, "Troisième", today().plusDays(30));
		String list = "/api/1/roadmaps/entries?organization=" + org.slug();

		JsonNode page = anonymous.get(list + "&page_size=2").json();
		assertThat(page.get("total").asInt()).isEqualTo(3);
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("page_size").asInt()).isEqualTo(2);
		assertThat(page.get("data").findValuesAsString("title")).containsExactly("Premier", "Second");
		assertThat(page.get("next_page").asString()).contains("page=2");
		assertThat(page.get("previous_page").isNull()).isTrue();
		assertThat(anonymous.get(list + "&sort=-target_date").json().get("data").findValuesAsString("title"))
			.containsExactly("Troisième", "Second", "Premier");
		assertThat(anonymous.get(list + "&sort=created").json().get("data").findValuesAsString("title"))
			.containsExactly("Second", "Premier", "Troisième");
		assertThat(anonymous.get(list + "&sort=-created").json().get("data").findValuesAsString("title"))
			.containsExactly("Troisième", "Premier", "Second");
		assertThat(anonymous.get(list + "&status=opened").json().get("total").asInt()).isZero();
		assertThat(errors(anonymous.get(list + "&sort=title"))).containsExactly(
				"sort: unknown value 'title'; accepted: target_date, -target_date, created, -created");
		assertThat(anonymous.get(list + "&status=late").status()).isEqualTo(400);
		assertThat(anonymous.get("/api/1/roadmaps/entries?organization=nowhere").status()).isEqualTo(404);
		assertThat(anonymous.get("/api/1/roadmaps/entries/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
	}

	private JsonNode organizationRow(Org org) {
		JsonNode overview = anonymous.get("/api/1/roadmaps").json();
		for (JsonNode row : overview.get("organizations")) {
			if (row.get("organization").get("slug").asString().equals(org.slug())) {
				return row.get("figures");
			}
		}
		throw new AssertionError("No row for " + org.slug() + " in " + overview);
	}

	private static Map<String, String> with(Map<String, String> base, String key, String value) {
		Map<String, String> copy = new java.util.HashMap<>(base);
		copy.put(key, value);
		return copy;
	}

	/** The ids of the entries of a list. */
	private static List<String> ids(ApiClient.Response list) {
		return list.json().get("data").valueStream().map(entry -> entry.get("id").asString()).toList();
	}

	/** The field problems of a 400 answer, as "field: message". */
	static List<String> errors(ApiClient.Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode errors = response.json().get("errors");
		return errors.valueStream().map(e -> e.get("field").asString() + ": " + e.get("message").asString()).toList();
	}
}
