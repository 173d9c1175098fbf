package org.datagora.requests;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal clock of French law, with the portal's clock moved forward: the answer due within a
 * month, the implicit refusal after it, the two months to refer the matter to the CADA, and the
 * response times of an organization.
 */
class RequestLegalClockTest extends RequestTestBase {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
		.withLocale(Locale.FRENCH);

	private LocalDate today() {
		return LocalDate.now(clock.withZone(PARIS));
	}

	private JsonNode legalClock(String id) {
		return anonymous.get("/api/1/requests/" + id).json().get("legal_clock");
	}

	@Test
	void silenceForAMonthIsAnImplicitRefusalWithTwoMonthsToReferItToTheCada() {
		Holder city = holder("Ville");
		ApiClient agent = member(city, "Agnès");
		LocalDate asked = today();
		String id = ask(newUser("Camille"), request("Menus des cantines scolaires", city.slug())).get("id").asString();
		LocalDate due = asked.plusMonths(1);

		JsonNode running = legalClock(id);
		assertThat(running.get("state").asString()).isEqualTo("running");
		assertThat(running.get("received_on").asString()).isEqualTo(asked.toString());
		assertThat(running.get("due_on").asString()).isEqualTo(due.toString());
		assertThat(running.get("implicit_refusal_on").isNull()).isTrue();
		assertThat(running.get("referral_deadline").isNull()).isTrue();
		String page = new PageClient(port).get("/requests/" + id).body();
		assertThat(page).contains("Réponse attendue", "Réponse due au plus tard le", FRENCH.format(due), "Vos droits",
				"R311-13", "CADA").doesNotContain("Délai dépassé");

		clock.advance(Duration.ofDays(20));
		assertThat(legalClock(id).get("state").asString()).isEqualTo("running");

		clock.advance(Duration.ofDays(15));
		JsonNode overdue = legalClock(id);
		assertThat(overdue.get("state").asString()).isEqualTo("overdue");
		assertThat(overdue.get("implicit_refusal_on").asString()).isEqualTo(due.toString());
		assertThat(overdue.get("referral_deadline").asString()).isEqualTo(due.plusMonths(2).toString());
		assertThat(new PageClient(port).get("/requests/" + id).body()).contains("Délai dépassé",
				"Refus implicite depuis le", "Saisir la CADA au plus tard le", FRENCH.format(due.plusMonths(2)),
				"ne peut pas vous être opposé");
		assertThat(ids(city.admin().get("/api/1/organizations/" + city.slug() + "/requests?filter=overdue")))
			.contains(id);
		JsonNode late = city.admin().get("/api/1/organizations/" + city.slug() + "/requests/response-times").json();
		assertThat(late.get("overdue").asLong()).isEqualTo(1);
		assertThat(late.get("answered").asLong()).isZero();
		assertThat(late.get("share_in_time").asDouble()).isZero();

		// a late answer stops the clock, late
		assertThat(move(agent, id, Map.of("status", "acknowledged")).status()).isEqualTo(200);
		JsonNode answered = legalClock(id);
		assertThat(answered.get("state").asString()).isEqualTo("answered");
		assertThat(answered.get("answered_on").asString()).isEqualTo(asked.plusDays(35).toString());
		assertThat(answered.get("answered_in_time").asBoolean()).isFalse();
		assertThat(ids(city.admin().get("/api/1/organizations/" + city.slug() + "/requests?filter=overdue")))
			.doesNotContain(id);
		JsonNode times = city.admin().get("/api/1/organizations/" + city.slug() + "/requests/response-times").json();
		assertThat(times.get("answered").asLong()).isEqualTo(1);
		assertThat(times.get("answered_in_time").asLong()).isZero();
		assertThat(times.get("overdue").asLong()).isZero();
		assertThat(times.get("median_days").asDouble()).isEqualTo(35.0);
	}

	@Test
	void aRefusalInTimeOpensTwoMonthsToReferItAndCountsAsAnsweredInTime() {
		Holder city = holder("Ville");
		ApiClient agent = member(city, "Agnès");
		String slow = ask(newUser("Camille"), request("Fichier des fournisseurs", city.slug())).get("id").asString();
		String quick = ask(newUser("Dominique"), request("Liste des marchés publics", city.slug())).get("id")
			.asString();

		clock.advance(Duration.ofDays(3));
		LocalDate refusedOn = today();
		JsonNode refused = move(agent, quick, Map.of("status", "refused", "refusal_reason", "trade_secret", "note",
				"Ces contrats contiennent des secrets des affaires.", "appeal_routes_stated", true)).json()
			.get("legal_clock");
		assertThat(refused.get("state").asString()).isEqualTo("answered");
		assertThat(refused.get("answered_in_time").asBoolean()).isTrue();
		assertThat(refused.get("refused_on").asString()).isEqualTo(refusedOn.toString());
		assertThat(refused.get("referral_deadline").asString()).isEqualTo(refusedOn.plusMonths(2).toString());
		assertThat(refused.get("appeal_routes_stated").asBoolean()).isTrue();
		assertThat(new PageClient(port).get("/requests/" + quick).body()).contains("Refusée le",
				"Secret des affaires (L311-6)", "ce délai de deux mois s’applique", FRENCH.format(refusedOn.plusMonths(2)));

		clock.advance(Duration.ofDays(40));
		assertThat(move(agent, slow, Map.of("status", "acknowledged")).status()).isEqualTo(200);
		JsonNode times = anonymous.get("/api/1/organizations/" + city.slug() + "/requests/response-times").json();
		assertThat(times.get("answered").asLong()).isEqualTo(2);
		assertThat(times.get("answered_in_time").asLong()).isEqualTo(1);
		assertThat(times.get("share_in_time").asDouble()).isEqualTo(0.5);
		assertThat(times.get("median_days").asDouble()).isEqualTo(23.0);
		assertThat(new PageClient(port).get("/organizations/" + city.slug() + "/requests").status()).isEqualTo(302);
	}

	@Test
	void aRedirectStartsTheMonthAgainForTheNewHolder() {
		Holder city = holder("Ville");
		ApiClient agent = member(city, "Agnès");
		Holder region = holder("Région");
		String id = ask(newUser("Camille"), request("Trafic des trains régionaux", city.slug())).get("id").asString();

		clock.advance(Duration.ofDays(25));
		LocalDate redirectedOn = today();
		move(agent, id, Map.of("status", "redirected", "organization", region.slug()));
		JsonNode restarted = legalClock(id);
		assertThat(restarted.get("state").asString()).isEqualTo("running");
		assertThat(restarted.get("received_on").asString()).isEqualTo(redirectedOn.toString());
		assertThat(restarted.get("due_on").asString()).isEqualTo(redirectedOn.plusMonths(1).toString());
		assertThat(ids(region.admin().get("/api/1/organizations/" + region.slug() + "/requests?filter=new")))
			.containsExactly(id);
		assertThat(ids(city.admin().get("/api/1/organizations/" + city.slug() + "/requests?filter=all"))).isEmpty();

		clock.advance(Duration.ofDays(10));
		assertThat(legalClock(id).get("state").asString()).isEqualTo("running");
		assertThat(new PageClient(port).get("/requests/" + id + "?lang=en").body()).contains("Your rights",
				"Answer due by", "within one month");
	}

	@Test
	void aWithdrawnRequestIsOwedNothing() {
		Holder city = holder("Ville");
		ApiClient citizen = newUser("Camille");
		String id = ask(citizen, request("Budget des écoles", city.slug())).get("id").asString();
		clock.advance(Duration.ofDays(40));
		move(citizen, id, Map.of("status", "withdrawn"));
		JsonNode closed = legalClock(id);
		assertThat(closed.get("state").asString()).isEqualTo("closed");
		assertThat(closed.get("referral_deadline").isNull()).isTrue();
		assertThat(anonymous.get("/api/1/organizations/" + city.slug() + "/requests/response-times").json()
			.get("overdue").asLong()).isZero();
	}

	private static List<String> ids(ApiClient.Response list) {
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		list.json().get("data").forEach(request -> ids.add(request.get("id").asString()));
		return ids;
	}
}
