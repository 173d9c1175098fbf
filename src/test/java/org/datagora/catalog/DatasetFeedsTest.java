package org.datagora.catalog;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Atom feeds of new and updated datasets, and how pages announce them. */
class DatasetFeedsTest extends PortalTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Test
	void anOrganizationFeedListsItsPublicDatasetsNewestFirst() {
		ApiClient alice = newUser("Alice");
		JsonNode org = alice.post("/api/1/organizations/", organization("Ville de Brest")).json();
		String orgId = org.get("id").asString();
		String orgSlug = org.get("slug").asString();
		JsonNode ports = alice.post("/api/1/datasets/", Map.of("title", "Ports de Brest", "organization", orgId,
				"description", "Les **ports** de plaisance, leurs places et leurs tarifs.", "themes", List.of("TRAN")))
			.json();
		alice.post("/api/1/datasets/", Map.of("title", "Marchés de Brest", "organization", orgId));
		alice.post("/api/1/datasets/", Map.of("title", "Plages de Brest", "organization", orgId));
		alice.post("/api/1/datasets/", Map.of("title", "Brouillon de Brest", "organization", orgId, "private", true));
		String deleted = alice.post("/api/1/datasets/", Map.of("title", "Ancien plan de Brest", "organization", orgId))
			.json().get("id").asString();
		alice.delete("/api/1/datasets/" + deleted);
		JsonNode other = alice.post("/api/1/organizations/", organization("Ville de Quimper")).json();
		alice.post("/api/1/datasets/", Map.of("title", "Ports de Quimper", "organization", other.get("id").asString()));
		// a change brings a dataset to the top
		alice.put("/api/1/datasets/" + ports.get("id").asString(), Map.of("title", "Ports de plaisance de Brest"));

		Element feed = Xml.parse(feed("/organizations/" + orgSlug + "/datasets.atom").raw().body());
		assertThat(Xml.text(feed, ATOM, "id")).isEqualTo("http://localhost/organizations/" + orgSlug + "/datasets.atom");
		assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("fr");
		assertThat(Xml.text(feed, ATOM, "title")).isEqualTo("Ville de Brest : jeux de données nouveaux ou mis à jour");
		assertThat(links(feed)).containsExactly(
				"self http://localhost/organizations/" + orgSlug + "/datasets.atom",
				"alternate http://localhost/organizations/" + orgSlug);
		List<Element> entries = Xml.all(feed, ATOM, "entry");
		assertThat(entries).extracting(entry -> Xml.text(entry, ATOM, "title"))
			.containsExactly("Ports de plaisance de Brest", "Plages de Brest", "Marchés de Brest");
		assertThat(Xml.text(feed, ATOM, "updated")).isEqualTo(Xml.text(entries.get(0), ATOM, "updated"));

		Element entry = entries.get(0);
		JsonNode current = anonymous.get("/api/1/datasets/" + ports.get("id").asString()).json();
		assertThat(Xml.text(entry, ATOM, "id")).isEqualTo("urn:uuid:" + ports.get("id").asString());
		assertThat(Instant.parse(Xml.text(entry, ATOM, "updated")))
			.isEqualTo(Instant.parse(current.get("last_modified").asString()));
		assertThat(Instant.parse(Xml.text(entry, ATOM, "published")))
			.isEqualTo(Instant.parse(current.get("created_at").asString()));
		assertThat(links(entry)).containsExactly("alternate http://localhost/datasets/" + ports.get("slug").asString());
		assertThat(Xml.text(entry, ATOM, "summary"))
			.isEqualTo("Les ports de plaisance, leurs places et leurs tarifs.");
		assertThat(Xml.text(entry, ATOM, "name")).isEqualTo("Ville de Brest");
		Element category = Xml.all(entry, ATOM, "category").get(0);
		assertThat(category.getAttribute("term")).isEqualTo("TRAN");
		assertThat(category.getAttribute("label")).isEqualTo("Transports");
	}

	@Test
	void theSiteFeedShowsNewDatasetsButNoPrivateOrDeletedOne() {
		ApiClient alice = newUser("Alice");
		JsonNode org = alice.post("/api/1/organizations/", organization("Ville de Vannes")).json();
		alice.post("/api/1/datasets/", Map.of("title", "Remparts de Vannes", "organization", org.get("id").asString()));
		alice.post("/api/1/datasets/", Map.of("title", "Projet secret de Vannes", "private", true));
		String deleted = alice.post("/api/1/datasets/", Map.of("title", "Ancien port de Vannes")).json().get("id")
			.asString();
		alice.delete("/api/1/datasets/" + deleted);
		alice.post("/api/1/datasets/", Map.of("title", "Golfe de Vannes"));

		Element feed = Xml.parse(feed("/feeds/datasets.atom").raw().body());
		assertThat(Xml.text(feed, ATOM, "title")).isEqualTo("Datagora : jeux de données nouveaux ou mis à jour");
		List<Element> entries = Xml.all(feed, ATOM, "entry");
		assertThat(entries).hasSizeLessThanOrEqualTo(50);
		List<String> titles = entries.stream().map(entry -> Xml.text(entry, ATOM, "title")).toList();
		assertThat(titles).startsWith("Golfe de Vannes", "Remparts de Vannes")
			.doesNotContain("Projet secret de Vannes", "Ancien port de Vannes");
		List<Instant> updated = entries.stream().map(entry -> Instant.parse(Xml.text(entry, ATOM, "updated"))).toList();
		assertThat(updated).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void aReaderAskingAgainGetsA304UntilTheFeedChanges() {
		ApiClient alice = newUser("Alice");
		JsonNode org = alice.post("/api/1/organizations/", organization("Ville de Lorient")).json();
		String path = "/organizations/" + org.get("slug").asString() + "/datasets.atom";
		String id = alice.post("/api/1/datasets/", Map.of("title", "Sous-marins de Lorient", "organization",
				org.get("id").asString())).json().get("id").asString();

		ApiClient.Response first = feed(path);
		String etag = first.header("ETag");
		assertThat(etag).isNotBlank();
		ApiClient.Response again = anonymous.get(path, "If-None-Match", etag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.raw().body()).isEmpty();

		alice.put("/api/1/datasets/" + id, Map.of("title", "Base de sous-marins de Lorient"));
		ApiClient.Response changed = anonymous.get(path, "If-None-Match", etag);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.header("ETag")).isNotEqualTo(etag);
		assertThat(changed.text()).contains("Base de sous-marins de Lorient");

		// a dataset leaving the feed changes it too, though no listed dataset was modified
		alice.delete("/api/1/datasets/" + id);
		ApiClient.Response emptied = anonymous.get(path, "If-None-Match", changed.header("ETag"));
		assertThat(emptied.status()).isEqualTo(200);
		assertThat(Xml.all(Xml.parse(emptied.raw().body()), ATOM, "entry")).isEmpty();
	}

	@Test
	void theHomeAndOrganizationPagesAnnounceTheirFeedsInTheirLanguage() {
		ApiClient alice = newUser("Alice");
		JsonNode org = alice.post("/api/1/organizations/", organization("Ville de Morlaix")).json();
		String feedPath = "/organizations/" + org.get("slug").asString() + "/datasets.atom";

		PageClient browser = new PageClient(port);
		assertThat(browser.get("/").body()).contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Datagora : jeux de données nouveaux ou mis à jour\" href=\"/feeds/datasets.atom\">",
				"href=\"/feeds/datasets.atom\" type=\"application/atom+xml\">S’abonner au flux Atom");
		assertThat(browser.get("/organizations/" + org.get("slug").asString()).body()).contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Ville de Morlaix : jeux de données nouveaux ou mis à jour\" href=\""
						+ feedPath + "\">",
				"href=\"" + feedPath + "\" type=\"application/atom+xml\">S’abonner au flux Atom");

		String english = browser.get("/organizations/" + org.get("slug").asString() + "?lang=en").body();
		assertThat(english).contains("href=\"" + feedPath + "?lang=en\"", "Subscribe to the Atom feed");
		Element feed = Xml.parse(anonymous.get(feedPath + "?lang=en").raw().body());
		assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en");
		assertThat(Xml.text(feed, ATOM, "title")).isEqualTo("Ville de Morlaix: new and updated datasets");
		assertThat(anonymous.get("/organizations/nobody-here/datasets.atom").status()).isEqualTo(404);
	}

	private ApiClient.Response feed(String path) {
		ApiClient.Response response = anonymous.get(path, "Accept", "application/atom+xml");
		assertThat(response.status()).as(path).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
		return response;
	}

	private static List<String> links(Element parent) {
		return Xml.all(parent, ATOM, "link")
			.stream()
			.filter(link -> link.getParentNode() == parent)
			.map(link -> link.getAttribute("rel") + " " + link.getAttribute("href"))
			.toList();
	}
}
