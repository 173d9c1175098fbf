package org.datagora.roadmap;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national overview, its page and the exports, on a roadmap whose history is known: made once,
 * in 2023, with the clock moved from day to day (no other test opens anything in 2023).
 */
class RoadmapOverviewTest extends RoadmapTestSupport {

	/** The known roadmap, seen on 15 June 2023; entries by their letter. */
	private record Known(Org org, Map<String, String> ids, Map<String, String> datasets) {
	}

	/** Made once for the class: the openings of each month are national figures. */
	private static Known known;

	/** The known roadmap, with the clock on 15 June 2023. */
	private Known known() {
		if (known == null) {
			known = make();
		}
		clock.setToday(LocalDate.of(2023, 6, 15));
		return known;
	}

	/**
	 * A opened on time, B postponed then opened after its first date, C opened late, D left late,
	 * E planned (the next deadline), F in progress, G abandoned, H a proposal: 2 planned, 1 in
	 * progress, 3 opened of which 1 on time, 1 late, 1 abandoned, 1 proposal.
	 */
	private Known make() {
		clock.setToday(LocalDate.of(2023, 1, 5));
		Org org = newOrganization("Ministère Connu");
		ApiClient member = member(org, "Mona");
		Map<String, String> datasets = Map.of("A", publicDataset(org, "Jeu A"), "B", publicDataset(org, "Jeu B"), "C",
				publicDataset(org, "Jeu C"));
		Map<String, String> ids = new java.util.HashMap<>();
		ids.put("A", plan(member, org, "Ouverture A", LocalDate.of(2023, 2, 1)).get("id").asString());
		ids.put("B", plan(member, org, "Ouverture B", LocalDate.of(2023, 2, 15)).get("id").asString());
		ids.put("C", plan(member, org, "Ouverture C", LocalDate.of(2023, 3, 1)).get("id").asString());
		ids.put("D", plan(member, org, "Ouverture D", LocalDate.of(2023, 4, 1)).get("id").asString());
		ids.put("G", plan(member, org, "Ouverture G", LocalDate.of(2023, 5, 1)).get("id").asString());
		ok(move(member, ids.get("G"), Map.of("status", "abandoned", "reason", "Fait ailleurs, par l’État\nvraiment")));
		ids.put("H", newUser("Hélène").post("/api/1/roadmaps/proposals", Map.of("organization", org.slug(), "title",
				"Ouverture H", "impact", "Curieux")).json().get("id").asString());
		clock.setToday(LocalDate.of(2023, 1, 20));
		ok(move(member, ids.get("A"), Map.of("status", "opened", "dataset", datasets.get("A"))));
		clock.setToday(LocalDate.of(2023, 2, 10));
		ok(move(member, ids.get("B"), Map.of("status", "postponed", "target_date", "2023-06-01", "reason", "Retard")));
		clock.setToday(LocalDate.of(2023, 3, 10));
		ok(move(member, ids.get("C"), Map.of("status", "opened", "dataset", datasets.get("C"))));
		clock.setToday(LocalDate.of(2023, 5, 3));
		ok(move(member, ids.get("B"), Map.of("status", "opened", "dataset", datasets.get("B"))));
		clock.setToday(LocalDate.of(2023, 5, 4));
		ids.put("E", plan(member, org, "Ouverture E", LocalDate.of(2023, 7, 1)).get("id").asString());
		ids.put("F", plan(member, org, "Ouverture F", LocalDate.of(2023, 9, 1)).get("id").asString());
		ok(move(member, ids.get("F"), Map.of("status", "in_progress")));
		return new Known(org, ids, datasets);
	}

	@Test
	void theOverviewCountsEachRoadmapAndTheOpeningsOfEachMonth() {
		Known known = known();
		JsonNode overview = anonymous.get("/api/1/roadmaps").json();
		assertThat(overview.get("today").asString()).isEqualTo("2023-06-15");
		JsonNode figures = row(overview, known.org().slug()).get("figures");
		assertThat(figures.get("planned").asInt()).isEqualTo(2);
		assertThat(figures.get("in_progress").asInt()).isEqualTo(1);
		assertThat(figures.get("postponed").asInt()).isZero();
		assertThat(figures.get("opened").asInt()).isEqualTo(3);
		assertThat(figures.get("opened_on_time").asInt()).isEqualTo(1);
		assertThat(figures.get("on_time_rate").asDouble()).isEqualTo(1.0 / 3);
		assertThat(figures.get("late").asInt()).isEqualTo(1);
		assertThat(figures.get("abandoned").asInt()).isEqualTo(1);
		assertThat(figures.get("proposed").asInt()).isEqualTo(1);
		assertThat(figures.get("next_deadline").asString()).isEqualTo("2023-07-01");

		// the national figures are the sum of the organizations'
		JsonNode total = overview.get("total");
		for (String figure : List.of("planned", "in_progress", "opened", "opened_on_time", "late", "abandoned")) {
			assertThat(total.get(figure).asInt()).as(figure)
				.isEqualTo(overview.get("organizations").valueStream()
					.mapToInt(organization -> organization.get("figures").get(figure).asInt())
					.sum());
		}
		assertThat(overview.get("openings").valueStream()
			.map(month -> month.get("month").asString() + " " + month.get("opened").asInt() + " "
					+ month.get("cumulative").asInt())
			.toList()).containsExactly("2023-01 1 1", "2023-02 0 1", "2023-03 1 2", "2023-04 0 2", "2023-05 1 3",
					"2023-06 0 3");
		assertThat(overview.get("next_deadlines").valueStream().limit(2).map(d -> d.get("title").asString()).toList())
			.containsExactly("Ouverture E", "Ouverture F");
		assertThat(overview.get("next_deadlines").get(0).get("organization").get("slug").asString())
			.isEqualTo(known.org().slug());
	}

	@Test
	void theOverviewPageShowsTheOrganizationsSideBySideAndTheChartWithItsFigures() {
		Known known = known();
		String page = new PageClient(port).get("/roadmaps").body();
		assertThat(page).contains("<h1>Feuilles de route d’ouverture des données</h1>",
				"<caption>Feuilles de route des organisations", "Chiffres au 15 juin 2023.");
		assertThat(cells(page, known.org())).containsExactly("2", "1", "0", "3", "1", "1", "33 %", "1 juil. 2023");
		assertThat(page).contains("<svg class=\"dg-chart\" role=\"img\" aria-labelledby=\"chart-svg-title chart-svg-desc\"",
				"<title id=\"chart-svg-title\">Jeux de données ouverts chaque mois et total cumulé</title>",
				"<caption>Jeux de données ouverts chaque mois</caption>",
				"<tr><th scope=\"row\">mars 2023</th><td>1</td><td>2</td></tr>",
				"<tr><th scope=\"row\">juin 2023</th><td>0</td><td>3</td></tr>",
				"<a href=\"/roadmaps/entries/" + known.ids().get("E") + "\">Ouverture E</a>");
		// six months, six bars; the running total is a line through them
		assertThat(page.split("<rect class=\"dg-chart-bar\"", -1)).hasSize(7);
		assertThat(page).containsPattern("<polyline class=\"dg-chart-line\" points=\"(\\d+,\\d+ ){5}\\d+,\\d+\"/>");

		String english = new PageClient(port).get("/roadmaps?lang=en").body();
		assertThat(english).contains("<h1>Open data roadmaps</h1>", "Figures as of Jun 15, 2023.",
				"<tr><th scope=\"row\">March 2023</th><td>1</td><td>2</td></tr>");
		assertThat(cells(english, known.org())).containsExactly("2", "1", "0", "3", "1", "1", "33%", "Jul 1, 2023");
	}

	@Test
	void theExportsListEveryEntryOnOneLineWithItsDatesAndDataset() {
		Known known = known();
		String datasetId = anonymous.get("/api/1/datasets/" + known.datasets().get("A")).json().get("id").asString();

		ApiClient.Response csv = anonymous.get("/api/1/roadmaps/entries.csv?organization=" + known.org().slug());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.header("Content-Disposition")).contains("roadmap-" + known.org().slug() + ".csv");
		List<String> lines = Arrays.asList(csv.text().split("\r\n"));
		assertThat(lines).hasSize(9);
		assertThat(lines.get(0)).isEqualTo("id,organization,organization_name,title,status,late,target_date,"
				+ "committed_date,opened_on,dataset_url,supporters,reason,source,created_at,modified_at,url");
		assertThat(line(lines, known.ids().get("A"))).contains("," + known.org().slug() + "," + known.org().name()
				+ ",Ouverture A,opened,false,2023-02-01,2023-02-01,2023-01-20,http://localhost/datasets/" + datasetId
				+ ",0,,,2023-01-05T11:00:00Z,2023-01-20T11:00:00Z,http://localhost/roadmaps/entries/"
				+ known.ids().get("A"));
		assertThat(line(lines, known.ids().get("B"))).contains(",opened,false,2023-06-01,2023-02-15,2023-05-03,");
		assertThat(line(lines, known.ids().get("D"))).contains(",Ouverture D,planned,true,2023-04-01,2023-04-01,,,0,");
		assertThat(line(lines, known.ids().get("G"))).contains(",abandoned,false,2023-05-01,2023-05-01,,,0,"
				+ "\"Fait ailleurs, par l’État vraiment\",,");
		assertThat(line(lines, known.ids().get("H"))).contains(",Ouverture H,proposed,false,,,,,0,");
		assertThat(anonymous.get("/api/1/roadmaps/entries.csv").text()).contains(known.ids().get("A") + ",");

		ApiClient.Response json = anonymous.get("/api/1/roadmaps/entries.json?organization=" + known.org().id());
		assertThat(json.header("Content-Type")).startsWith("application/json");
		JsonNode entries = json.json();
		assertThat(entries.valueStream().map(entry -> entry.get("id").asString()).toList())
			.containsExactlyInAnyOrderElementsOf(known.ids().values());
		JsonNode late = entries.valueStream()
			.filter(entry -> entry.get("id").asString().equals(known.ids().get("D")))
			.findFirst()
			.orElseThrow();
		assertThat(late.get("late").asBoolean()).isTrue();
		assertThat(late.get("organization").get("slug").asString()).isEqualTo(known.org().slug());
		assertThat(late.get("impact").asString()).isEqualTo("Utile à tous.");
		assertThat(anonymous.get("/api/1/roadmaps/entries.json?organization=nowhere").status()).isEqualTo(404);
	}

	private static JsonNode row(JsonNode overview, String slug) {
		return overview.get("organizations")
			.valueStream()
			.filter(row -> row.get("organization").get("slug").asString().equals(slug))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + slug));
	}

	/** The cells of an organization's row in the overview's table, as text. */
	private static List<String> cells(String page, Org org) {
		Matcher row = Pattern.compile("(?s)<th scope=\"row\"><a href=\"/organizations/" + org.slug()
				+ "/roadmap\">[^<]+</a></th>(.*?)</tr>").matcher(page);
		assertThat(row.find()).as("a row for " + org.slug()).isTrue();
		return Pattern.compile("(?s)<td>(.*?)</td>")
			.matcher(row.group(1))
			.results()
			.map(cell -> cell.group(1).replaceAll("<[^>]+>", "").strip())
			.toList();
	}

	private static String line(List<String> lines, String id) {
		return lines.stream().filter(line -> line.startsWith(id + ",")).findFirst().orElseThrow();
	}

	private static void ok(ApiClient.Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(200);
	}
}
