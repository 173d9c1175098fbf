package org.datagora.roadmap;

import java.util.Map;
import java.util.UUID;

import org.datagora.PageClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roadmap pages over HTTP without JavaScript, with forms and CSRF: a citizen proposes, others
 * support, the organization accepts, plans and opens, in French and in English.
 */
class RoadmapPagesTest extends RoadmapTestSupport {

	private static final String PASSWORD = "correct horse battery staple";

	@Test
	void aCitizenProposesOthersSupportAndTheOrganizationAcceptsItIntoItsRoadmap() {
		PageClient publisher = new PageClient(port);
		publisher.signUp("publisher-" + UUID.randomUUID() + "@example.org", "Paula", PASSWORD);
		String slug = publisher.submit("/organizations/new", "/organizations/new", "name",
				"Région " + UUID.randomUUID().toString().substring(0, 8), "type", "local-authority")
			.location()
			.replaceAll(".*/organizations/", "");
		String roadmap = "/organizations/" + slug + "/roadmap";
		PageClient visitor = new PageClient(port);
		assertThat(visitor.get("/organizations/" + slug).body()).contains("href=\"" + roadmap + "\"");
		assertThat(visitor.get("/").body()).contains("<a class=\"fr-nav__link\" href=\"/roadmaps\">Feuilles de route</a>");
		assertThat(visitor.get(roadmap).body()).contains("Cette organisation n’a encore rien inscrit",
				"Connectez-vous pour proposer").doesNotContain("Proposer un jeu de données à ouvrir");
		assertThat(visitor.get(roadmap + "/new").status()).isEqualTo(302);

		PageClient citizen = new PageClient(port);
		citizen.signUp("citizen-" + UUID.randomUUID() + "@example.org", "Clément", PASSWORD);
		assertThat(citizen.get(roadmap).body()).contains("Proposer un jeu de données à ouvrir")
			.doesNotContain("Ajouter un jeu de données");
		assertThat(citizen.get(roadmap + "/new").body()).contains("Proposer un jeu de données à Région",
				"<label class=\"fr-label\" for=\"impact\">Pourquoi c’est important").doesNotContain("name=\"targetDate\"");
		PageClient.Page invalid = citizen.submit(roadmap + "/new", roadmap + "/new", "title", "Horaires des trains",
				"impact", "", "description", "");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("id=\"impact-error\"", "Ce champ est obligatoire.",
				"value=\"Horaires des trains\"");
		PageClient.Page proposed = citizen.submit(roadmap + "/new", roadmap + "/new", "title", "Horaires des trains",
				"impact", "Les voyageurs et les applications d’itinéraires.", "description", "Les **horaires** TER.");
		assertThat(proposed.status()).isEqualTo(302);
		String entry = proposed.location().replaceAll("^https?://[^/]+", "");
		String id = entry.replace("/roadmaps/entries/", "");
		assertThat(citizen.get(entry).body()).contains("<h1>Horaires des trains</h1>", "Proposé", "Soutenir",
				"<strong>horaires</strong>", "Clément a proposé ce jeu de données.", "Modifier le texte")
			.doesNotContain("Accepter la proposition");

		// support from the organization's roadmap, which says so afterwards
		PageClient supporter = new PageClient(port);
		supporter.signUp("supporter-" + UUID.randomUUID() + "@example.org", "Sacha", PASSWORD);
		PageClient.Page supported = supporter.submit(roadmap, "/roadmaps/entries/" + id + "/support", "from",
				"organization");
		assertThat(supported.location()).endsWith(roadmap + "#entry-" + id);
		assertThat(supporter.get(roadmap).body()).contains("Propositions de la communauté", "1 soutien",
				"Retirer mon soutien");
		assertThat(visitor.get(entry).body()).contains("1 soutien", "Se connecter pour soutenir");
		assertThat(supporter.submit(entry, "/roadmaps/entries/" + id + "/support/withdraw").location()).endsWith(entry);
		assertThat(visitor.get(entry).body()).contains("aucun soutien");

		// the organization answers: only its members see the actions and may open the forms
		assertThat(supporter.get(entry + "/move?status=planned").status()).isEqualTo(403);
		assertThat(publisher.get(entry).body()).contains("Accepter la proposition", "Refuser la proposition");
		String move = entry + "/move?status=planned";
		assertThat(publisher.get(move).body()).contains("Accepter la proposition : Horaires des trains",
				"type=\"date\"", "min=\"" + today() + "\"");
		PageClient.Page past = publisher.submit(move, entry + "/move", "status", "planned", "version", "1",
				"targetDate", today().minusDays(1).toString(), "reason", "");
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.body()).contains("id=\"targetDate-error\"", "L’échéance ne peut pas être passée.");
		String target = today().plusMonths(4).toString();
		assertThat(publisher.submit(move, entry + "/move", "status", "planned", "version", "1", "targetDate", target,
				"reason", "Demandé par beaucoup").location()).endsWith(entry);
		String planned = visitor.get(entry).body();
		assertThat(planned).contains("Planifié", "a changé le statut : Proposé → Planifié", "Demandé par beaucoup",
				"datetime=\"" + target + "\"").doesNotContain("Soutenir");
		assertThat(visitor.get(roadmap).body()).contains("<h2 id=\"group-planned\">Planifiés</h2>",
				"href=\"/roadmaps/entries/" + id + "\">Horaires des trains</a>");
		// the proposer may not reword it any more
		assertThat(citizen.get(entry + "/edit").status()).isEqualTo(403);

		// a refused move is said on the form; so is a change made meanwhile by someone else
		assertThat(publisher.submit(entry + "/move?status=abandoned", entry + "/move", "status", "declined",
				"version", "2", "reason", "Non").body()).contains("Ce changement de statut n’est pas possible");
		PageClient.Page stale = publisher.submit(entry + "/edit", entry + "/edit", "version", "1", "title",
				"Horaires", "impact", "Voyageurs", "description", "");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body()).contains("modifiée par quelqu’un d’autre", "value=\"Horaires\"");

		String english = visitor.get(entry + "?lang=en").body();
		assertThat(english).contains("<html lang=\"en\"", "Planned", "History",
				"changed the status: Proposed → Planned", "Why it matters");
		assertThat(visitor.get(roadmap + "?lang=en").body()).contains("Roadmap of Région", "Planned");
	}

	@Test
	void aMemberAddsAnEntryThenOpensItAndItsPageLinksTheDataset() {
		Org org = newOrganization("Ville Ouverte");
		String email = "membre-" + UUID.randomUUID() + "@example.org";
		accounts.signUp(email, "Marc", PASSWORD);
		org.admin().post("/api/1/organizations/" + org.id() + "/members", Map.of("email", email, "role", "editor"));
		String dataset = publicDataset(org, "Comptages vélo");
		PageClient member = new PageClient(port);
		member.submit("/login", "/login", "email", email, "password", PASSWORD);
		String roadmap = "/organizations/" + org.slug() + "/roadmap";

		assertThat(member.get(roadmap).body()).contains("Ajouter un jeu de données");
		assertThat(member.get(roadmap + "/new").body()).contains("Ajouter un jeu de données à la feuille de route de",
				"name=\"targetDate\"", "min=\"" + today() + "\"");
		PageClient.Page noDate = member.submit(roadmap + "/new", roadmap + "/new", "title", "Comptages vélo",
				"impact", "Cyclistes", "description", "", "targetDate", "");
		assertThat(noDate.status()).isEqualTo(400);
		assertThat(noDate.body()).contains("id=\"targetDate-error\"");
		String target = today().plusDays(45).toString();
		String entry = member.submit(roadmap + "/new", roadmap + "/new", "title", "Comptages vélo", "impact",
				"Cyclistes", "description", "", "targetDate", target)
			.location()
			.replaceAll("^https?://[^/]+", "");
		assertThat(member.get(entry).body()).contains("Marc l’a inscrit à la feuille de route.", "Passer en cours",
				"Marquer comme ouvert", "Reporter", "Abandonner");

		PageClient.Page unknown = member.submit(entry + "/move?status=opened", entry + "/move", "status", "opened",
				"version", "1", "dataset", "pas-un-jeu", "reason", "");
		assertThat(unknown.body()).contains("id=\"dataset-error\"", "Aucun jeu de données ne correspond");
		assertThat(member.submit(entry + "/move?status=opened", entry + "/move", "status", "opened", "version", "1",
				"dataset", "http://localhost/datasets/" + dataset, "reason", "").location()).endsWith(entry);
		String opened = new PageClient(port).get(entry).body();
		assertThat(opened).contains("Ouvert le", ">Comptages vélo</a>", "Jeu de données publié",
				"a changé le statut : Planifié → Ouvert");
		assertThat(new PageClient(port).get(roadmap).body()).contains("<h2 id=\"group-opened\">Ouverts</h2>",
				"Voir le jeu de données");
	}
}
