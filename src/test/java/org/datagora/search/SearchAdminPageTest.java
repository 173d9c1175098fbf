package org.datagora.search;

import java.util.UUID;

import org.datagora.PageClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The search index page: for site admins only, its counts, and a rebuild started by its button. */
class SearchAdminPageTest extends PortalTest {

	private static final String PASSWORD = "correct horse battery staple";

	@Test
	void aSiteAdminSeesTheIndexAndRebuildsIt() throws InterruptedException {
		PageClient visitor = new PageClient(port);
		assertThat(visitor.get("/admin/search").status()).isEqualTo(302);
		PageClient member = new PageClient(port);
		member.signUp("member-" + UUID.randomUUID() + "@example.org", "Member", PASSWORD);
		assertThat(member.get("/admin/search").status()).isEqualTo(403);

		String email = "admin-" + UUID.randomUUID() + "@example.org";
		accounts.ensureSiteAdmin(email, "Admin", PASSWORD);
		PageClient admin = new PageClient(port);
		admin.submit("/login", "/login", "email", email, "password", PASSWORD);
		newUser("Alice").post("/api/1/datasets/", java.util.Map.of("title", "Ponts et ouvrages d'art"));
		awaitSearchable();

		PageClient.Page page = admin.get("/admin/search");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Index de recherche", "Jeux de données dans l'index",
				"Demandes de données dans l’index");
		assertThat(admin.submit("/admin/search", "/admin/search/reindex").location()).endsWith("/admin/search");
		do {
			Thread.sleep(50);
			page = admin.get("/admin/search");
		}
		while (page.body().contains("http-equiv=\"refresh\""));
		assertThat(page.body()).contains("Dernière reconstruction terminée");
		// the search still finds what it found before
		assertThat(SearchApiTest.titlesFor(anonymous, "ponts ouvrages")).containsExactly("Ponts et ouvrages d'art");
	}
}
