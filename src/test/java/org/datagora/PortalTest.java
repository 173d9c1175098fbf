package org.datagora;

import java.util.Map;
import java.util.UUID;

import org.datagora.identity.Accounts;
import org.datagora.identity.ApiTokens;
import org.datagora.identity.Viewer;
import org.datagora.search.SearchEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Base of the integration tests: the whole portal on a random port, over real HTTP, on an
 * embedded PostgreSQL and a file store on disk, its clock a {@link MovableClock}. All test
 * classes share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PortalTest.TestClock.class)
public abstract class PortalTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected Accounts accounts;

	@Autowired
	protected ApiTokens tokens;

	@Autowired
	protected MovableClock clock;

	protected ApiClient anonymous;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SearchEngine searchEngine;

	@BeforeEach
	void client() {
		anonymous = new ApiClient(port, null);
	}

	/** A test that moved the clock leaves the next one on the system's time. */
	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** A new account with an API token, as a client using that token. */
	protected ApiClient newUser(String name) {
		Viewer viewer = accounts.signUp(name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org", name,
				"correct horse battery staple");
		return new ApiClient(port, tokens.issue(viewer.id(), "test", null).token());
	}

	protected ApiClient newSiteAdmin() {
		String email = "admin-" + UUID.randomUUID() + "@example.org";
		Viewer viewer = accounts.ensureSiteAdmin(email, "Admin", "correct horse battery staple");
		return new ApiClient(port, tokens.issue(viewer.id(), "test", null).token());
	}

	/**
	 * Waits until every catalog change has been indexed (no event left in the publication
	 * registry), then makes it searchable at once rather than within the configured delay.
	 */
	protected void awaitSearchable() {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
			.single() > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Catalog changes still not indexed after 20 s");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		try {
			searchEngine.client().commit(searchEngine.live(), true, true, true);
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/**
	 * Creates, accepts and runs a harvest source of {@code url} (a site admin's, in a new
	 * organization), asserts that its job is done, and answers the source's id.
	 */
	protected String harvestOnce(String name, String url, String protocol, Map<String, Object> options) {
		ApiClient admin = newSiteAdmin();
		String organization = admin.post("/api/1/organizations/", organization(name + " " + UUID.randomUUID())).json()
			.get("id").asString();
		String source = admin.post("/api/1/harvest/sources", Map.of("organization", organization, "name", name, "url",
				url, "protocol", protocol, "options", options)).json().get("id").asString();
		ApiClient.Response started = admin.post("/api/1/harvest/sources/" + source + "/jobs", Map.of());
		if (started.status() == 409) {
			admin.post("/api/1/harvest/sources/" + source + "/validation", Map.of("accepted", true));
			started = admin.post("/api/1/harvest/sources/" + source + "/jobs", Map.of());
		}
		if (started.status() != 202) {
			throw new AssertionError(started.text());
		}
		JsonNode job = awaitJob(admin, started.json().get("id").asString());
		if (!job.get("state").asString().equals("done")) {
			throw new AssertionError("harvest of " + url + " ended " + job);
		}
		return source;
	}

	/** Waits for a harvest job to end (done or failed) and answers its last state. */
	protected static JsonNode awaitJob(ApiClient client, String job) {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			JsonNode state = client.get("/api/1/harvest/jobs/" + job).json();
			if (state.get("state").asString().equals("done") || state.get("state").asString().equals("failed")) {
				return state;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		throw new AssertionError("job " + job + " did not end within 30 s");
	}

	protected static Map<String, Object> organization(String name) {
		return Map.of("name", name, "type", "local-authority");
	}
}
