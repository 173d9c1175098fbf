package org.datagora.identity;

import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenTest extends PortalTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void tokensAreShownOnceStoredHashedAndStopWorkingWhenRevoked() {
		ApiClient alice = newUser("Alice");
		ApiClient.Response issued = alice.post("/api/1/me/tokens", Map.of("name", "script de moissonnage"));
		assertThat(issued.status()).isEqualTo(201);
		String secret = issued.json().get("token").asString();
		String id = issued.json().get("info").get("id").asString();
		assertThat(secret).startsWith("dg_");

		ApiClient script = alice.as(secret);
		assertThat(script.get("/api/1/me").status()).isEqualTo(200);
		assertThat(alice.get("/api/1/me/tokens").text()).doesNotContain(secret);
		assertThat(jdbc.sql("select count(*) from api_token where encode(token_hash, 'escape') like ?")
			.param("%" + secret + "%").query(Long.class).single()).isZero();

		assertThat(alice.delete("/api/1/me/tokens/" + id).status()).isEqualTo(204);
		ApiClient.Response refused = script.get("/api/1/me");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void anExpiredTokenStopsWorking() {
		ApiClient alice = newUser("Alice");
		assertThat(alice.post("/api/1/me/tokens", Map.of("name", "old", "expires_at", "2020-01-01T00:00:00Z")).status())
			.isEqualTo(400);
		var issued = alice.post("/api/1/me/tokens", Map.of("name", "short", "expires_at", "2099-01-01T00:00:00Z")).json();
		ApiClient script = alice.as(issued.get("token").asString());
		assertThat(script.get("/api/1/me").status()).isEqualTo(200);
		jdbc.sql("update api_token set expires_at = now() - interval '1 second' where id = ?::uuid")
			.param(issued.get("info").get("id").asString())
			.update();
		assertThat(script.get("/api/1/me").status()).isEqualTo(401);
	}

	@Test
	void anUnknownKeyIsRefusedRatherThanTreatedAsAnonymous() {
		assertThat(anonymous.as("dg_not-a-real-token").get("/api/1/datasets/").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/1/me").status()).isEqualTo(401);
	}

	@Test
	void passwordsAreStoredAsArgon2Hashes() {
		accounts.signUp("hash-check@example.org", "Hash", "correct horse battery staple");
		String hash = jdbc.sql("select password_hash from account where email = 'hash-check@example.org'")
			.query(String.class).single();
		assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("correct horse");
	}
}
