package org.datagora.requests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.datagora.identity.Viewer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of requests over HTTP, without JavaScript, as a visitor, a citizen, a member of the
 * holding organization and a stranger would use them: forms with their CSRF token, errors shown
 * in French next to their fields.
 */
class RequestPagesTest extends RequestTestBase {

	private static final String PASSWORD = "correct horse battery staple";

	private static final Pattern REQUEST_PAGE = Pattern.compile("/requests/([0-9a-f-]{36})$");

	/** A signed-in browser and the same account's API client. */
	private record Person(PageClient browser, ApiClient api, String name) {
	}

	private Person person(String name) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
		Viewer viewer = accounts.signUp(email, name, PASSWORD);
		PageClient browser = new PageClient(port);
		assertThat(browser.submit("/login", "/login", "email", email, "password", PASSWORD).status()).isEqualTo(302);
		return new Person(browser, new ApiClient(port, tokens.issue(viewer.id(), "test", null).token()), name);
	}

	@Test
	void aCitizenAsksThroughTheFormSeesSimilarRequestsFirstThenSupportsAndComments() {
		Holder city = holder("Ville");
		String word = word();
		PageClient visitor = new PageClient(port);
		assertThat(visitor.get("/requests/new").status()).isEqualTo(302);
		assertThat(visitor.get("/").body()).contains("href=\"/requests\"", "Demandes de données");
		assertThat(visitor.get("/organizations/" + city.slug()).body())
			.contains("href=\"/requests?organization=" + city.slug() + "\"")
			.doesNotContain("href=\"/organizations/" + city.slug() + "/requests\"");

		Person camille = person("Camille");
		String form = camille.browser().get("/requests/new?organization=" + city.slug()).body();
		assertThat(form).contains("<datalist id=\"organization-list\">", "<option value=\"" + city.slug() + "\">",
				"value=\"" + city.slug() + "\"", "Pour quoi faire");
		PageClient.Page missing = camille.browser().submit("/requests/new", "/requests/new", "title", "",
				"requesterType", "citizen");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("id=\"title-error\"", "Ce champ est obligatoire", "id=\"useCase-error\"");

		String first = created(camille.browser().submit("/requests/new", "/requests/new", "title",
				"Horaires des marchés " + word, "description", "Jours et heures de chaque marché.", "useCase",
				"Une carte des marchés.", "requesterType", "citizen", "organization", city.slug(), "zones",
				"Lyon, ", "theme", "ECON"));
		String page = visitor.get("/requests/" + first).body();
		assertThat(page).contains("<h1>Horaires des marchés " + word + "</h1>", "Déposée", city.name(), "Lyon",
				"Économie et finances", "Particulier", "<ol class=\"dg-timeline\">", "Demande déposée",
				"par Camille", "Vos droits", "Connectez-vous pour soutenir").doesNotContain("Répondre à la demande");
		awaitSearchable();

		Person dominique = person("Dominique");
		PageClient.Page similar = dominique.browser().submit("/requests/new", "/requests/new", "title",
				"Marchés " + word + " : horaires", "description", "Les horaires.", "useCase", "Y aller.",
				"requesterType", "company");
		assertThat(similar.status()).isEqualTo(409);
		assertThat(similar.body()).contains("Des demandes semblables existent déjà", "href=\"/requests/" + first + "\"",
				"name=\"confirmNotDuplicate\" value=\"true\"", "Ma demande est différente",
				"value=\"Marchés " + word + " : horaires\"");
		String second = created(dominique.browser().submit("/requests/new", "/requests/new", "title",
				"Marchés " + word + " : horaires", "description", "Les horaires.", "useCase", "Y aller.",
				"requesterType", "company", "confirmNotDuplicate", "true"));
		assertThat(second).isNotEqualTo(first);

		PageClient.Page supported = dominique.browser().submit("/requests/" + first, "/requests/" + first + "/support",
				"supported", "true");
		assertThat(supported.location()).endsWith("/requests/" + first + "#engagement");
		dominique.browser().submit("/requests/" + first, "/requests/" + first + "/follow", "following", "true");
		assertThat(dominique.browser().get("/requests/" + first).body()).contains("id=\"support-count\">1<",
				"Retirer mon soutien", "Ne plus suivre la demande");

		PageClient.Page commented = dominique.browser().submit("/requests/" + first,
				"/requests/" + first + "/comments", "body", "Et les *brocantes* ?");
		assertThat(commented.location()).endsWith("#comments");
		assertThat(visitor.get("/requests/" + first).body()).contains("Et les <em>brocantes</em> ?",
				"Discussion (1 commentaire)");
		PageClient.Page shouting = dominique.browser().submit("/requests/" + first,
				"/requests/" + first + "/comments", "body", "REPONDEZ MAINTENANT SVP MERCI");
		assertThat(shouting.status()).isEqualTo(422);
		assertThat(shouting.body()).contains("Évitez d’écrire tout en majuscules", "REPONDEZ MAINTENANT");

		PageClient.Page withdrawn = camille.browser().submit("/requests/" + first, "/requests/" + first + "/events",
				"status", "withdrawn", "version", "1");
		assertThat(withdrawn.status()).isEqualTo(302);
		assertThat(visitor.get("/requests/" + first).body()).contains("Retirée par le demandeur",
				"Demande retirée par le demandeur");
	}

	@Test
	void aMemberAnswersFromTheQueueAndModeratesTheDiscussion() {
		Person agnes = person("Agnès");
		String slug = agnes.api().post("/api/1/organizations", organization("Commune " + word())).json().get("slug")
			.asString();
		String dataset = agnes.api().post("/api/1/datasets", Map.of("title", "Tarifs des cantines", "organization", slug))
			.json().get("slug").asString();
		ApiClient citizen = newUser("Camille");
		String id = ask(citizen, request("Tarifs des cantines " + word(), slug)).get("id").asString();
		String base = "/requests/" + id;

		assertThat(new PageClient(port).get("/organizations/" + slug).body()).doesNotContain(slug + "/requests\"");
		assertThat(agnes.browser().get("/organizations/" + slug).body())
			.contains("href=\"/organizations/" + slug + "/requests\"");
		String queue = agnes.browser().get("/organizations/" + slug + "/requests").body();
		assertThat(queue).contains("Délais de réponse", "1 demande sans réponse", base + "#answer",
				"Sans réponse", "En retard");
		assertThat(person("Sacha").browser().get("/organizations/" + slug + "/requests").status()).isEqualTo(403);
		assertThat(new PageClient(port).get("/organizations/" + slug + "/requests").status()).isEqualTo(302);

		String form = agnes.browser().get(base).body();
		assertThat(form).contains("Répondre à la demande", "value=\"acknowledged\"", "value=\"planned\"",
				"value=\"refused\"", "name=\"version\" value=\"1\"").doesNotContain("Retirer ma demande");
		assertThat(agnes.browser().submit(base, base + "/events", "status", "acknowledged", "version", "1",
				"note", "Nous *étudions* la demande.", "appealRoutesStated", "true").status()).isEqualTo(302);
		assertThat(agnes.browser().get(base).body()).contains("Demande prise en compte", "par Agnès",
				"Nous <em>étudions</em> la demande.", "Cette réponse indique les voies et délais de recours");

		PageClient.Page stale = agnes.browser().submit(base, base + "/events", "status", "refused", "version", "1",
				"refusalReason", "trade_secret", "note", "Non");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body()).contains("La demande a changé depuis que vous avez ouvert cette page");
		PageClient.Page past = agnes.browser().submit(base, base + "/events", "status", "planned", "version", "2",
				"plannedFor", LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString());
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.body()).contains("id=\"plannedFor-error\"", "Choisissez une date à venir");
		PageClient.Page published = agnes.browser().submit(base, base + "/events", "status", "published", "version",
				"2", "datasets", "http://localhost/datasets/" + dataset + "/");
		assertThat(published.location()).endsWith(base + "#timeline");
		assertThat(new PageClient(port).get(base).body()).contains("Les données publiées en réponse",
				"href=\"/datasets/" + dataset + "\"", "Tarifs des cantines", "Données publiées");

		citizen.post("/api/1/requests/" + id + "/comments", Map.of("body", "Merci !"));
		String comment = citizen.get("/api/1/requests/" + id + "/comments").json().get(0).get("id").asString();
		Person sacha = person("Sacha");
		assertThat(sacha.browser().submit(base, base + "/comments/" + comment + "/report").status()).isEqualTo(302);
		assertThat(sacha.browser().submit(base, base + "/comments/" + comment + "/moderation", "hidden", "true")
			.status()).isEqualTo(403);
		assertThat(agnes.browser().get(base).body()).contains("signalé une fois", "Masquer");
		assertThat(agnes.browser().submit(base, base + "/comments/" + comment + "/moderation", "hidden", "true")
			.status()).isEqualTo(302);
		assertThat(new PageClient(port).get(base).body()).contains("masqué par la modération")
			.doesNotContain("Merci !");
		assertThat(agnes.browser().get(base).body()).contains("Merci !", "Afficher de nouveau");
		assertThat(citizen.get("/api/1/requests/" + id + "/comments").json().get(0).get("body").isNull()).isTrue();
	}

	@Test
	void theOutboxPageIsForSiteAdministrators() {
		assertThat(person("Sacha").browser().get("/admin/outbox").status()).isEqualTo(403);
		assertThat(new PageClient(port).get("/admin/outbox").status()).isEqualTo(302);
	}

	private static String created(PageClient.Page page) {
		assertThat(page.status()).as(page.body()).isEqualTo(302);
		Matcher matcher = REQUEST_PAGE.matcher(page.location());
		assertThat(matcher.find()).as(page.location()).isTrue();
		return matcher.group(1);
	}
}
