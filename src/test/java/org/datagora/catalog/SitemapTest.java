package org.datagora.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** robots.txt and the sitemaps (sitemaps.org), paged by 20 addresses in the tests. */
class SitemapTest extends PortalTest {

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final int PAGE_SIZE = 20;

	@Autowired
	JdbcClient jdbc;

	@Test
	void robotsTxtNamesTheSitemapIndex() {
		ApiClient.Response robots = anonymous.get("/robots.txt");
		assertThat(robots.status()).isEqualTo(200);
		assertThat(robots.header("Content-Type")).startsWith("text/plain");
		assertThat(robots.text()).contains("User-agent: *").endsWith("\nSitemap: http://localhost/sitemap.xml\n");
	}

	@Test
	void theSitemapsListEveryPublicDatasetOnceAndNoPrivateOrDeletedOne() {
		ApiClient alice = newUser("Alice");
		JsonNode org = alice.post("/api/1/organizations/", organization("Département du Gers")).json();
		// more than a page of public datasets, so that the walk crosses a page boundary
		List<String> published = new ArrayList<>();
		for (int i = 0; i < PAGE_SIZE + 1; i++) {
			published.add(alice.post("/api/1/datasets/", Map.of("title", "Routes du Gers " + i, "organization",
					org.get("id").asString())).json().get("slug").asString());
		}
		String hidden = alice.post("/api/1/datasets/", Map.of("title", "Routes du Gers brouillon", "private", true))
			.json().get("slug").asString();
		JsonNode deleted = alice.post("/api/1/datasets/", Map.of("title", "Routes du Gers supprimees")).json();
		assertThat(alice.delete("/api/1/datasets/" + deleted.get("id").asString()).status()).isEqualTo(204);

		Element index = sitemap("/sitemap.xml");
		assertThat(index.getLocalName()).isEqualTo("sitemapindex");
		List<String> sitemaps = Xml.texts(index, NS, "loc");
		assertThat(sitemaps).contains("http://localhost/sitemaps/pages.xml",
				"http://localhost/sitemaps/organizations-1.xml", "http://localhost/sitemaps/datasets-1.xml",
				"http://localhost/sitemaps/datasets-2.xml");

		Map<String, String> lastmods = new HashMap<>();
		List<String> datasetSitemaps = sitemaps.stream().filter(loc -> loc.contains("/sitemaps/datasets-")).toList();
		for (int page = 0; page < datasetSitemaps.size(); page++) {
			Element urlset = sitemap(datasetSitemaps.get(page).substring("http://localhost".length()));
			assertThat(urlset.getLocalName()).isEqualTo("urlset");
			List<Element> urls = Xml.all(urlset, NS, "url");
			// every page but the last is full: none is skipped between two pages
			if (page < datasetSitemaps.size() - 1) {
				assertThat(urls).hasSize(PAGE_SIZE);
			}
			else {
				assertThat(urls).hasSizeBetween(1, PAGE_SIZE);
			}
			for (Element url : urls) {
				String previous = lastmods.put(Xml.text(url, NS, "loc"), Xml.text(url, NS, "lastmod"));
				assertThat(previous).as("listed twice: " + Xml.text(url, NS, "loc")).isNull();
			}
		}
		assertThat(lastmods).hasSize(jdbc.sql("select count(*) from dataset where deleted_at is null and not private")
			.query(Integer.class)
			.single());
		assertThat(lastmods).containsKeys(published.stream().map(slug -> "http://localhost/datasets/" + slug)
			.toArray(String[]::new));
		assertThat(lastmods).doesNotContainKeys("http://localhost/datasets/" + hidden,
				"http://localhost/datasets/" + deleted.get("slug").asString());
		JsonNode first = anonymous.get("/api/1/datasets/" + published.get(0)).json();
		assertThat(Instant.parse(lastmods.get("http://localhost/datasets/" + published.get(0))))
			.isEqualTo(Instant.parse(first.get("last_modified").asString()));

		List<String> organizations = new ArrayList<>();
		sitemaps.stream().filter(loc -> loc.contains("/sitemaps/organizations-"))
			.forEach(loc -> organizations.addAll(Xml.texts(sitemap(loc.substring("http://localhost".length())), NS,
					"loc")));
		assertThat(organizations).contains("http://localhost/organizations/" + org.get("slug").asString());

		assertThat(Xml.texts(sitemap("/sitemaps/pages.xml"), NS, "loc")).containsExactly("http://localhost/",
				"http://localhost/datasets", "http://localhost/organizations");
		assertThat(anonymous.get("/sitemaps/datasets-" + (datasetSitemaps.size() + 1) + ".xml").status())
			.isEqualTo(404);
	}

	private Element sitemap(String path) {
		ApiClient.Response response = anonymous.get(path, "Accept", "application/xml");
		assertThat(response.status()).as(path).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/xml");
		Element root = Xml.parse(response.raw().body());
		assertThat(root.getNamespaceURI()).isEqualTo(NS);
		return root;
	}
}
