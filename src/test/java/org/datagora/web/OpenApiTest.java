package org.datagora.web;

import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiTest extends PortalTest {

	@Test
	void theApiDescribesItselfAndHasAnExplorer() {
		JsonNode openapi = anonymous.get("/api/1/openapi.json").json();
		assertThat(openapi.get("openapi").asString()).startsWith("3.");
		assertThat(openapi.get("paths").propertyNames()).contains("/api/1/datasets", "/api/1/datasets/{id}",
				"/api/1/organizations", "/api/1/datasets/{dataset}/upload", "/api/1/spatial/zones/suggest",
				"/api/1/me/tokens");
		assertThat(openapi.get("components").get("schemas").has("Dataset")).isTrue();

		var docs = anonymous.get("/api/1/docs");
		assertThat(docs.status()).isIn(200, 302);
		String location = docs.status() == 302 ? docs.header("Location") : "/api/1/docs";
		var ui = anonymous.get(location.replaceFirst("^https?://[^/]+", ""), "Accept", "text/html");
		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.text()).containsIgnoringCase("swagger");
	}

	@Test
	void unknownApiPathsAnswerAProblemNotAPage() {
		var missing = anonymous.get("/api/1/nothing-here");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(missing.json().get("instance").asString()).isEqualTo("/api/1/nothing-here");

		var wrongMethod = anonymous.delete("/api/1/ping");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");
		assertThat(wrongMethod.header("Allow")).contains("GET");
	}
}
