package org.datagora.requests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data request turned into a roadmap entry in one action (the roadmap module's
 * {@code RoadmapFromRequests}): the holder's members commit to a date and the request is planned,
 * others propose it and a comment says so; nothing is half-done when the request refuses the step.
 */
class RequestToRoadmapTest extends RequestTestBase {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final String PASSWORD = "correct horse battery staple";

	@Test
	void aMemberCommitsToADateAndTheRequestIsPlannedWithALinkToTheEntry() {
		Holder city = holder("Ville");
		ApiClient agent = member(city, "Agnès");
		String id = ask(newUser("Camille"), request("Horaires des médiathèques", city.slug())).get("id").asString();
		String date = LocalDate.now(PARIS).plusMonths(4).toString();

		ApiClient.Response turned = agent.post("/api/1/requests/" + id + "/roadmap-entry", Map.of("target_date", date));
		assertThat(turned.status()).as(turned.text()).isEqualTo(201);
		JsonNode entry = turned.json();
		String entryId = entry.get("id").asString();
		assertThat(turned.header("Location")).isEqualTo("/api/1/roadmaps/entries/" + entryId);
		assertThat(entry.get("status").asString()).isEqualTo("planned");
		assertThat(entry.get("target_date").asString()).isEqualTo(date);
		// the request's texts: its title, what is wanted, and its use case as the impact
		assertThat(entry.get("title").asString()).isEqualTo("Horaires des médiathèques");
		assertThat(entry.get("impact").asString()).isEqualTo("Une application pour les usagers.");
		assertThat(entry.get("source").asString()).isEqualTo("/requests/" + id);
		JsonNode listed = anonymous.get("/api/1/roadmaps/entries?organization=" + city.slug()).json();
		assertThat(listed.get("total").asLong()).isEqualTo(1);
		assertThat(listed.get("data").get(0).get("id").asString()).isEqualTo(entryId);

		JsonNode request = anonymous.get("/api/1/requests/" + id).json();
		assertThat(request.get("status").asString()).isEqualTo("planned");
		assertThat(request.get("planned_for").asString()).isEqualTo(date);
		JsonNode timeline = anonymous.get("/api/1/requests/" + id + "/events").json();
		JsonNode step = timeline.get(timeline.size() - 1);
		assertThat(step.get("actor").get("display_name").asString()).isEqualTo("Agnès");
		assertThat(step.get("note").asString()).contains("(/roadmaps/entries/" + entryId + ")");

		// once is enough
		ApiClient.Response again = agent.post("/api/1/requests/" + id + "/roadmap-entry",
				Map.of("target_date", LocalDate.now(PARIS).plusMonths(6).toString()));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("/roadmaps/entries/" + entryId);
	}

	@Test
	void othersProposeItAndACommentOnTheRequestLinksTheProposal() {
		Holder city = holder("Ville");
		String id = ask(newUser("Camille"), request("Arbres remarquables", city.slug())).get("id").asString();
		ApiClient neighbour = newUser("Nour");

		// members commit: a proposal needs no date, a commitment does
		ApiClient agent = member(city, "Agnès");
		ApiClient.Response undated = agent.post("/api/1/requests/" + id + "/roadmap-entry", Map.of());
		assertThat(undated.status()).isEqualTo(400);
		assertThat(undated.json().get("errors").get(0).get("field").asString()).isEqualTo("target_date");

		// a stranger cannot commit the organization to a date, and nothing is left behind
		ApiClient.Response commit = neighbour.post("/api/1/requests/" + id + "/roadmap-entry",
				Map.of("target_date", LocalDate.now(PARIS).plusMonths(2).toString()));
		assertThat(commit.status()).isEqualTo(403);
		assertThat(entriesOf(city)).isZero();

		Map<String, Object> proposal = new HashMap<>();
		proposal.put("title", "Arbres remarquables de la ville");
		proposal.put("impact", "Balades, écoles, protection du patrimoine.");
		ApiClient.Response proposed = neighbour.post("/api/1/requests/" + id + "/roadmap-entry", proposal);
		assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
		JsonNode entry = proposed.json();
		assertThat(entry.get("status").asString()).isEqualTo("proposed");
		assertThat(entry.get("title").asString()).isEqualTo("Arbres remarquables de la ville");
		assertThat(entry.get("impact").asString()).isEqualTo("Balades, écoles, protection du patrimoine.");
		assertThat(entry.get("description").asString()).isEqualTo("Les données **complètes**, par jour, depuis 2020.");

		JsonNode request = anonymous.get("/api/1/requests/" + id).json();
		assertThat(request.get("status").asString()).isEqualTo("submitted");
		JsonNode comments = anonymous.get("/api/1/requests/" + id + "/comments").json();
		assertThat(comments.toString()).contains("/roadmaps/entries/" + entry.get("id").asString(), "Nour");
	}

	@Test
	void aRequestThatCannotTakeTheStepGetsNoEntry() {
		Holder city = holder("Ville");
		ApiClient agent = member(city, "Agnès");
		String id = ask(newUser("Camille"), request("Budget participatif", city.slug())).get("id").asString();
		String later = LocalDate.now(PARIS).plusMonths(1).toString();

		// the request moved since the member read it: the step is refused, and the entry with it
		ApiClient.Response stale = agent.post("/api/1/requests/" + id + "/roadmap-entry", Map.of("target_date", later),
				"If-Match", "\"7\"");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(entriesOf(city)).isZero();

		ApiClient.Response today = agent.post("/api/1/requests/" + id + "/roadmap-entry",
				Map.of("target_date", LocalDate.now(PARIS).toString()));
		assertThat(today.status()).isEqualTo(400);
		assertThat(today.json().get("errors").get(0).get("field").asString()).isEqualTo("target_date");

		ApiClient.Response unheld = agent.post(
				"/api/1/requests/" + ask(newUser("Lou"), request("Cantines", null)).get("id").asString()
						+ "/roadmap-entry", Map.of("impact", "Les parents."));
		assertThat(unheld.status()).isEqualTo(409);
		assertThat(unheld.json().get("detail").asString()).contains("No organization holds this request");

		assertThat(move(agent, id, Map.of("status", "already_open", "datasets", java.util.List.of(dataset(city))))
			.status()).isEqualTo(200);
		ApiClient.Response closed = agent.post("/api/1/requests/" + id + "/roadmap-entry", Map.of("target_date", later));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.json().get("detail").asString()).contains("already_open", "closed");
		assertThat(entriesOf(city)).isZero();
	}

	@Test
	void theRequestPageOffersItAndTheFormStartsFromTheRequest() {
		Holder city = holder("Ville");
		PageClient agent = new PageClient(port);
		String email = "agent-" + UUID.randomUUID() + "@example.org";
		agent.signUp(email, "Agnès", PASSWORD);
		assertThat(city.admin().post("/api/1/organizations/" + city.id() + "/members",
				Map.of("email", email, "role", "editor")).status()).isEqualTo(201);
		String id = ask(newUser("Camille"), request("Fréquentation des piscines", city.slug())).get("id").asString();
		String page = "/requests/" + id;
		String form = page + "/roadmap-entry";

		assertThat(new PageClient(port).get(page).body()).doesNotContain(form);
		assertThat(new PageClient(port).get(form).status()).isEqualTo(302);
		PageClient citizen = new PageClient(port);
		citizen.signUp("citizen-" + UUID.randomUUID() + "@example.org", "Clément", PASSWORD);
		assertThat(citizen.get(page).body()).contains("href=\"" + form + "\"", "Proposer pour la feuille de route");
		assertThat(citizen.get(form).body()).contains("Proposer la demande pour la feuille de route")
			.doesNotContain("name=\"targetDate\"");

		assertThat(agent.get(page).body()).contains("href=\"" + form + "\"", "Inscrire à la feuille de route");
		assertThat(agent.get(form).body()).contains("Inscrire la demande à la feuille de route",
				"value=\"Fréquentation des piscines\"", "Une application pour les usagers.", "name=\"targetDate\"");
		PageClient.Page invalid = agent.submit(form, form, "title", "Fréquentation des piscines", "impact", "Les nageurs.",
				"description", "", "targetDate", "", "version", "1");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("id=\"targetDate-error\"");
		String date = LocalDate.now(PARIS).plusMonths(3).toString();
		PageClient.Page turned = agent.submit(form, form, "title", "Fréquentation des piscines", "impact",
				"Les nageurs.", "description", "Par heure.", "targetDate", date, "version", "1");
		assertThat(turned.status()).isEqualTo(302);
		String entry = turned.location().replaceAll("^https?://[^/]+", "");
		assertThat(agent.get(entry).body()).contains("Fréquentation des piscines",
				"<a href=\"" + page + "\">La demande d’ouverture de données dont l’entrée est issue</a>");
		assertThat(agent.get(page).body()).contains("href=\"" + entry + "\"");
		// the form leads to the entry the request became
		assertThat(citizen.get(form).location()).endsWith(entry);
	}

	private long entriesOf(Holder city) {
		return anonymous.get("/api/1/roadmaps/entries?organization=" + city.slug()).json().get("total").asLong();
	}

	private static String dataset(Holder city) {
		return city.admin()
			.post("/api/1/datasets", Map.of("title", "Budget " + UUID.randomUUID(), "organization", city.id()))
			.json()
			.get("slug")
			.asString();
	}
}
