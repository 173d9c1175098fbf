package org.datagora.identity;

import java.util.Map;
import java.util.UUID;

import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountPagesTest extends PortalTest {

	private static final String PASSWORD = "correct horse battery staple";

	@Test
	void signUpSignsInThenLogOutAndLogInAgain() {
		String email = "frank-" + UUID.randomUUID() + "@example.org";
		PageClient browser = new PageClient(port);

		PageClient.Page tooShort = browser.submit("/signup", "/signup", "email", email, "display_name", "Frank",
				"password", "short");
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.body()).contains("id=\"password-error\"", "value=\"" + email + "\"",
				"Il faut au moins 12 caractères.", ">Mot de passe : Il faut au moins 12 caractères.</a>",
				"aria-describedby=\"password-hint password-error\"")
			.doesNotContain("value=\"short\"");

		PageClient.Page signedUp = browser.signUp(email, "Frank", PASSWORD);
		assertThat(signedUp.status()).isEqualTo(302);
		assertThat(signedUp.location()).endsWith("/account?welcome");
		assertThat(browser.get("/account?welcome").body()).contains("Bienvenue, Frank", email);

		PageClient.Page account = browser.get("/account");
		assertThat(browser.post("/logout", Map.of("_csrf", account.csrf())).status()).isEqualTo(302);
		assertThat(browser.get("/account").status()).isEqualTo(302);

		PageClient.Page wrong = browser.submit("/login", "/login", "email", email, "password", "not the password");
		assertThat(wrong.location()).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("fr-alert--error", "incorrect");

		PageClient.Page loggedIn = browser.submit("/login", "/login", "email", email, "password", PASSWORD);
		assertThat(loggedIn.status()).isEqualTo(302);
		assertThat(browser.get("/account").body()).contains("Frank");
	}

	@Test
	void aTokenIsShownOnceAndCanBeRevoked() {
		PageClient browser = new PageClient(port);
		browser.signUp("grace-" + UUID.randomUUID() + "@example.org", "Grace", PASSWORD);

		PageClient.Page created = browser.submit("/account/tokens", "/account/tokens", "name", "script");
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.raw().headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		String token = created.body().replaceAll("(?s).*id=\"token-secret\" readonly value=\"(dg_[^\"]+)\".*", "$1");
		assertThat(token).startsWith("dg_");
		ApiClient client = new ApiClient(port, token);
		assertThat(client.get("/api/1/me").status()).isEqualTo(200);

		PageClient.Page list = browser.get("/account/tokens");
		assertThat(list.body()).contains("script", token.substring(0, 8)).doesNotContain(token);
		String revoke = list.body().replaceAll("(?s).*action=\"(/account/tokens/[^\"]+/revoke)\".*", "$1");
		assertThat(browser.post(revoke, Map.of("_csrf", list.csrf())).status()).isEqualTo(302);
		assertThat(client.get("/api/1/me").status()).isEqualTo(401);
	}

	@Test
	void myOrganizationsListsTheOnesICreated() {
		PageClient browser = new PageClient(port);
		browser.signUp("henri-" + UUID.randomUUID() + "@example.org", "Henri", PASSWORD);
		PageClient.Page invalid = browser.submit("/organizations/new", "/organizations/new", "name", "", "type", "",
				"siret", "123");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("id=\"name-error\"", "id=\"siret-error\"", "id=\"type-error\"");

		String name = "Commune de Test " + UUID.randomUUID().toString().substring(0, 6);
		PageClient.Page created = browser.submit("/organizations/new", "/organizations/new", "name", name, "type",
				"local-authority", "siret", "21440109300015");
		assertThat(created.status()).isEqualTo(302);
		assertThat(browser.get(created.location()).body()).contains("<h1>" + name, "Collectivité territoriale");
		assertThat(browser.get("/account/organizations").body()).contains(name, "Administrateur");
	}
}
