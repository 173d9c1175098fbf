package org.datagora.harvest.pages;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;

import org.datagora.PageClient;
import org.datagora.PortalTest;
import org.datagora.catalog.DatasetInput;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Origin;
import org.datagora.catalog.ResourceInput;
import org.datagora.identity.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harvest pages over HTTP with forms and CSRF, as an organization's administrator, a site
 * administrator and an anonymous visitor.
 */
class HarvestPagesTest extends PortalTest {

	private static final String PASSWORD = "correct horse battery staple";

	@Autowired
	private Datasets datasets;

	@Test
	void anAdministratorProposesASourceASiteAdminAcceptsItAndAPreviewOfAClosedPortFails() throws Exception {
		PageClient publisher = new PageClient(port);
		publisher.signUp("publisher-" + UUID.randomUUID() + "@example.org", "Paul", PASSWORD);
		String organization = publisher.submit("/organizations/new", "/organizations/new", "name",
				"Métropole " + UUID.randomUUID().toString().substring(0, 8), "type", "local-authority")
			.location()
			.replaceAll(".*/organizations/", "");
		String harvestPage = "/organizations/" + organization + "/harvest";
		assertThat(publisher.get("/organizations/" + organization).body()).contains("href=\"" + harvestPage + "\"");
		assertThat(new PageClient(port).get("/organizations/" + organization).body()).doesNotContain(harvestPage);
		assertThat(publisher.get(harvestPage).body()).contains("Nouvelle source", "<option value=\"udata\"",
				"Aucune source de moissonnage.");

		PageClient.Page invalid = publisher.submit(harvestPage, harvestPage, "name", "Catalogue métropolitain",
				"url", "ftp://example.org/", "protocol", "udata", "schedule", "weekly", "graceDays", "7");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("id=\"url-error\"", "Saisissez une adresse web complète",
				"value=\"Catalogue métropolitain\"", "<option value=\"weekly\" selected>");

		String closed = "http://127.0.0.1:" + closedPort() + "/catalog";
		PageClient.Page created = publisher.submit(harvestPage, harvestPage, "name", "Catalogue métropolitain",
				"url", closed, "protocol", "udata", "remoteTag", "mobilite", "schedule", "", "graceDays", "7");
		assertThat(created.status()).isEqualTo(302);
		String sourcePage = created.location().replaceAll("^https?://[^/]+", "");
		String id = sourcePage.replace("/harvest/sources/", "");
		assertThat(publisher.get(sourcePage).body()).contains("Catalogue métropolitain", "En attente de validation",
				"Prévisualiser", "mobilite", "Modifier la source").doesNotContain("Lancer maintenant");

		// a visitor sees neither the pending source nor its forms
		PageClient visitor = new PageClient(port);
		assertThat(visitor.get(sourcePage).status()).isEqualTo(404);
		assertThat(visitor.get(harvestPage).body()).doesNotContain("Catalogue métropolitain", "Nouvelle source");
		assertThat(visitor.post(sourcePage + "/jobs?preview=true", java.util.Map.of()).status()).isEqualTo(403);
		assertThat(visitor.get(sourcePage + "/delete").status()).isEqualTo(302);
		// nor does someone outside the organization, even with a valid form
		PageClient stranger = new PageClient(port);
		stranger.signUp("stranger-" + UUID.randomUUID() + "@example.org", "Sam", PASSWORD);
		assertThat(stranger.submit("/", sourcePage + "/jobs?preview=true").status()).isEqualTo(404);
		assertThat(stranger.submit("/", harvestPage, "name", "Intrus", "url", closed, "protocol", "udata").status())
			.isEqualTo(403);

		String email = "admin-" + UUID.randomUUID() + "@example.org";
		accounts.ensureSiteAdmin(email, "Admin", PASSWORD);
		PageClient admin = new PageClient(port);
		admin.submit("/login", "/login", "email", email, "password", PASSWORD);
		assertThat(stranger.get("/admin/harvest").status()).isEqualTo(403);
		assertThat(admin.get("/admin/harvest").body()).contains("Catalogue métropolitain", closed,
				"/harvest/sources/" + id + "/jobs?preview=true");
		PageClient.Page accepted = admin.submit("/admin/harvest", "/admin/harvest/" + id + "/validation", "accepted",
				"true", "note", "Catalogue connu");
		assertThat(accepted.location()).endsWith("/admin/harvest?decided=accepted");
		assertThat(admin.get("/admin/harvest?decided=accepted").body()).contains("La source a été acceptée.")
			.doesNotContain("Catalogue métropolitain");

		assertThat(publisher.get(sourcePage).body()).contains("Acceptée", "Catalogue connu", "Lancer maintenant");
		PageClient.Page preview = publisher.submit(sourcePage, sourcePage + "/jobs?preview=true");
		assertThat(preview.status()).isEqualTo(302);
		String jobPage = preview.location().replaceAll("^https?://[^/]+", "");
		assertThat(jobPage).startsWith("/harvest/jobs/");
		// JobRunr takes it within 5 s: meanwhile a second preview is refused on the source page
		PageClient.Page again = publisher.submit(sourcePage, sourcePage + "/jobs?preview=true");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("déjà en attente ou en cours", "Prévisualiser");
		PageClient.Page job = publisher.get(jobPage);
		long deadline = System.currentTimeMillis() + 20_000;
		while (job.body().contains("http-equiv=\"refresh\"") && System.currentTimeMillis() < deadline) {
			assertThat(job.body()).contains("cette page se met à jour toute seule");
			Thread.sleep(100);
			job = publisher.get(jobPage);
		}
		assertThat(job.body()).contains("Prévisualisation de Catalogue métropolitain", "Échoué",
				"Le moissonnage a échoué", "Cannot reach " + closed).doesNotContain("http-equiv=\"refresh\"");
		assertThat(publisher.get(jobPage + "?outcome=failed").body()).contains("Aucun jeu de données pour ce filtre.");
		assertThat(publisher.get(jobPage + "?outcome=nonsense").status()).isEqualTo(400);
		// the source lists its job; the accepted source is public now, its job too
		assertThat(publisher.get(sourcePage).body()).contains("href=\"" + jobPage + "\"", "Prévisualisation",
				"Échoué");
		assertThat(visitor.get(jobPage).status()).isEqualTo(200);
		assertThat(visitor.get(harvestPage).body()).contains("Catalogue métropolitain", "Acceptée");
		assertThat(visitor.get(sourcePage + "?lang=en").body()).contains("Accepted", "Runs")
			.doesNotContain("Run now", "Edit the source");

		// an edit keeps the source accepted while its address stays
		String version = publisher.get(sourcePage).body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		PageClient.Page badEdit = publisher.submit(sourcePage, sourcePage + "/edit", "version", version, "name",
				"Catalogue de la métropole", "url", closed, "protocol", "udata", "graceDays", "400");
		assertThat(badEdit.status()).isEqualTo(400);
		assertThat(badEdit.body()).contains("id=\"graceDays-error\"", "Saisissez un nombre entre 0 et 365");
		assertThat(publisher.submit(sourcePage, sourcePage + "/edit", "version", version, "name",
				"Catalogue de la métropole", "url", closed, "protocol", "udata", "schedule", "daily", "graceDays", "3")
			.location()).endsWith(sourcePage);
		assertThat(publisher.get(sourcePage).body()).contains("Catalogue de la métropole", "Acceptée", "Chaque jour");

		// the second step of a deletion, then the source is gone
		assertThat(publisher.get(sourcePage + "/delete").body()).contains("Supprimer définitivement");
		assertThat(publisher.submit(sourcePage + "/delete", sourcePage + "/delete").location())
			.endsWith(harvestPage);
		assertThat(publisher.get(sourcePage).status()).isEqualTo(404);
	}

	@Test
	void aHarvestedDatasetShowsWhereItComesFromAndItsSourceFieldsAreNotEditable() {
		String email = "admin-" + UUID.randomUUID() + "@example.org";
		Viewer admin = accounts.ensureSiteAdmin(email, "Admin", PASSWORD);
		UUID sourceId = UUID.randomUUID();
		String title = "Arrêts de bus " + UUID.randomUUID().toString().substring(0, 8);
		UUID id = admin.act(() -> datasets.createAll(List.of(new Datasets.NewDataset(
				new DatasetInput(title, null, null, "Les arrêts du réseau.", List.of("transport"), List.of(), null,
						null, null, null, null, null, null, null, null, false, null),
				List.of(new ResourceInput("Arrêts (CSV)", null, null, "https://example.org/arrets.csv", "csv", null,
						null, null)),
				new Origin(sourceId, "Catalogue régional", "arrets-42", "https://example.org/datasets/arrets-42")))))
			.get(0);

		PageClient.Page page = new PageClient(port).get("/datasets/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Moissonné depuis Catalogue régional", "arrets-42",
				"<a href=\"https://example.org/datasets/arrets-42\" rel=\"nofollow noopener\">",
				"href=\"/harvest/sources/" + sourceId + "\"", "moissonnée");

		PageClient browser = new PageClient(port);
		browser.submit("/login", "/login", "email", email, "password", PASSWORD);
		String slug = datasets.get(id.toString()).slug();
		PageClient.Page edit = browser.get("/datasets/" + slug + "/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.body()).contains("Ce jeu de données est moissonné", title, "moissonnée")
			.doesNotContain("name=\"title\"", "/resources/" + datasets.get(slug).resources().get(0).id() + "/delete");
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
