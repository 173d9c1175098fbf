package org.datagora;

import java.util.Map;
import java.util.UUID;

import org.datagora.identity.Accounts;
import org.datagora.identity.ApiTokens;
import org.datagora.identity.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the integration tests: the whole portal on a random port, over real HTTP, on an
 * embedded PostgreSQL and a file store on disk. All test classes share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class PortalTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected Accounts accounts;

	@Autowired
	protected ApiTokens tokens;

	protected ApiClient anonymous;

	@BeforeEach
	void client() {
		anonymous = new ApiClient(port, null);
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

	protected static Map<String, Object> organization(String name) {
		return Map.of("name", name, "type", "local-authority");
	}
}
