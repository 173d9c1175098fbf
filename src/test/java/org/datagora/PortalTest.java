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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Base of the integration tests: the whole portal on a random port, over real HTTP, on an
 * embedded PostgreSQL and a file store on disk, with a clock tests can move. All test classes
 * share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
public abstract class PortalTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected Accounts accounts;

	@Autowired
	protected ApiTokens tokens;

	protected ApiClient anonymous;

	@Autowired
	protected TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SearchEngine searchEngine;

	@BeforeEach
	void client() {
		anonymous = new ApiClient(port, null);
	}

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
