package org.datagora.catalog;

import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change committed by another node (here written straight to the database) is seen once the
 * read-freshness window has passed; changes made through this node are seen at once.
 */
@TestPropertySource(properties = "datagora.catalog.read-freshness=300ms")
class OtherNodeChangeTest extends PortalTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anotherNodesChangeIsSeenAfterTheFreshnessWindow() throws InterruptedException {
		ApiClient alice = newUser("Alice");
		String id = alice.post("/api/1/datasets/", Map.of("title", "Budget")).json().get("id").asString();
		assertThat(anonymous.get("/api/1/datasets/" + id).json().get("title").asString()).isEqualTo("Budget");

		jdbc.sql("update dataset set title = 'Budget voté', private = true, version = version + 1 where id = ?::uuid")
			.param(id)
			.update();
		Thread.sleep(400);
		assertThat(anonymous.get("/api/1/datasets/" + id).status()).isEqualTo(404);
		assertThat(alice.get("/api/1/datasets/" + id).json().get("title").asString()).isEqualTo("Budget voté");
	}
}
