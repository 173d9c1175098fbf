package org.datagora;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer's first start: a living catalog built from the real reference data. */
@TestPropertySource(properties = "datagora.demo.mode=always")
class DemoContentTest extends PortalTest {

	@Test
	void theDemoCatalogPublishesTheReferenceDataAsDownloadableCsvFiles() {
		awaitSearchable();
		JsonNode organizations = anonymous.get("/api/1/organizations/").json();
		assertThat(organizations.get("data").findValuesAsString("name")).contains("Ministère de l'Intérieur",
				"Région Bretagne", "Ville de Lyon");

		JsonNode spd = anonymous.get("/api/1/datasets/?badge=spd&sort=title").json();
		assertThat(spd.get("data").findValuesAsString("title")).contains("Communes de France",
				"Départements et régions");

		JsonNode bretagne = anonymous.get("/api/1/datasets/?organization=region-bretagne").json().get("data").get(0);
		assertThat(bretagne.get("title").asString()).isEqualTo("Communes de Bretagne");
		assertThat(bretagne.get("formats").get(0).asString()).isEqualTo("csv");
		String link = anonymous.get("/api/1/datasets/" + bretagne.get("id").asString()).json().get("resources").get(0)
			.get("latest").asString();
		String csv = anonymous.get(link.substring(link.indexOf("/datasets/r/"))).text();
		String[] lines = csv.split("\n");
		assertThat(lines[0]).isEqualTo("code_insee;nom;code_departement;code_region;population");
		// Brittany has about 1,200 communes, all in region 53
		assertThat(lines.length - 1).isBetween(1100, 1300);
		assertThat(Arrays.stream(lines).skip(1).allMatch(line -> line.split(";")[3].equals("53"))).isTrue();
		assertThat(csv).contains("35238;Rennes;35;53;");
	}

	@Test
	void theDemoShowsRequestsAtEveryStageAndRoadmapsWithARequestTurnedIntoAnEntry() {
		awaitSearchable();
		JsonNode requests = anonymous.get("/api/1/requests?facets=status&page_size=20").json();
		assertThat(requests.get("total").asLong()).isEqualTo(5);
		assertThat(requests.get("data").findValuesAsString("status")).contains("submitted", "acknowledged", "planned",
				"already_open");
		JsonNode polls = anonymous.get("/api/1/requests?q=bureau+de+vote").json().get("data").get(0);
		assertThat(polls.get("status").asString()).isEqualTo("planned");

		JsonNode entries = anonymous.get("/api/1/roadmaps/entries?page_size=20").json();
		assertThat(entries.get("data").findValuesAsString("status")).contains("planned", "in_progress", "proposed");
		assertThat(entries.get("data").findValuesAsString("source")).contains("/requests/" + polls.get("id").asString());
		assertThat(anonymous.get("/api/1/roadmaps").json().toString()).contains("Ministère de l'Intérieur",
				"Région Bretagne", "Ville de Lyon");
	}
}
