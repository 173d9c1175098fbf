package org.datagora.catalog.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;
import org.datagora.catalog.PublicCatalog;
import org.datagora.web.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What search engines are pointed to (sitemaps.org): {@code /robots.txt} names the sitemap
 * index {@code /sitemap.xml}, which lists {@code /sitemaps/pages.xml} (home, search,
 * organizations) and the pages {@code /sitemaps/organizations-{n}.xml} and
 * {@code /sitemaps/datasets-{n}.xml} of at most 50,000 addresses each, the protocol's limit.
 * Public datasets only; a page is written as the database walk reads it.
 */
@RestController
class SitemapController {

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final List<String> STATIC_PAGES = List.of("/", "/datasets", "/organizations");

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

	private final PublicCatalog catalog;

	private final PublicUrls urls;

	private final int pageSize;

	SitemapController(PublicCatalog catalog, PublicUrls urls,
			@Value("${datagora.catalog.sitemap-page-size:50000}") int pageSize) {
		this.catalog = catalog;
		this.urls = urls;
		this.pageSize = pageSize;
	}

	/** Everything may be crawled; the sitemap says where the public pages are. */
	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		// set rather than negotiated: a robot gets it whatever it accepts
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body("User-agent: *\nDisallow:\n\nSitemap: " + urls.of("/sitemap.xml") + "\n");
	}

	@GetMapping("/sitemap.xml")
	void index(HttpServletResponse response) throws IOException {
		long organizationPages = pages(catalog.organizationCount());
		long datasetPages = pages(catalog.datasetCount());
		Writer xml = new Writer(response, "sitemapindex");
		xml.entry("sitemap", urls.of("/sitemaps/pages.xml"), null);
		for (long page = 1; page <= organizationPages; page++) {
			xml.entry("sitemap", urls.of("/sitemaps/organizations-" + page + ".xml"), null);
		}
		for (long page = 1; page <= datasetPages; page++) {
			xml.entry("sitemap", urls.of("/sitemaps/datasets-" + page + ".xml"), null);
		}
		xml.end();
	}

	@GetMapping("/sitemaps/pages.xml")
	void staticPages(HttpServletResponse response) throws IOException {
		Writer xml = new Writer(response, "urlset");
		STATIC_PAGES.forEach(path -> xml.entry("url", urls.of(path), null));
		xml.end();
	}

	@GetMapping("/sitemaps/organizations-{page}.xml")
	void organizations(@PathVariable int page, HttpServletResponse response) throws IOException {
		long skip = skip(page, catalog.organizationCount());
		Writer xml = new Writer(response, "urlset");
		catalog.organizations(skip, pageSize,
				listed -> xml.entry("url", urls.organization(listed.slug()), listed.modified()));
		xml.end();
	}

	@GetMapping("/sitemaps/datasets-{page}.xml")
	void datasets(@PathVariable int page, HttpServletResponse response) throws IOException {
		long skip = skip(page, catalog.datasetCount());
		Writer xml = new Writer(response, "urlset");
		catalog.datasets(skip, pageSize, listed -> xml.entry("url", urls.dataset(listed.slug()), listed.modified()));
		xml.end();
	}

	private long pages(long count) {
		return (count + pageSize - 1) / pageSize;
	}

	/** Where page {@code page} starts; a page past the last is not found (page 1 always exists). */
	private long skip(int page, long count) {
		if (page < 1 || page > Math.max(1, pages(count))) {
			throw ProblemException.notFound("Sitemap page " + page);
		}
		return (long) (page - 1) * pageSize;
	}

	/**
	 * A sitemap document streamed to the response: its root element, then one entry at a time.
	 * A walk that fails leaves the document unfinished, so that no reader takes it as complete.
	 */
	private static final class Writer {

		private final XMLStreamWriter xml;

		Writer(HttpServletResponse response, String root) throws IOException {
			response.setContentType("application/xml;charset=UTF-8");
			try {
				xml = FACTORY.createXMLStreamWriter(response.getOutputStream(), "UTF-8");
				xml.writeStartDocument("UTF-8", "1.0");
				xml.setDefaultNamespace(NS);
				xml.writeStartElement(NS, root);
				xml.writeDefaultNamespace(NS);
			}
			catch (XMLStreamException e) {
				throw new IOException(e);
			}
		}

		/** A {@code url} or {@code sitemap} entry; {@code lastmod} may be null. */
		void entry(String element, String loc, Instant lastmod) {
			try {
				xml.writeStartElement(NS, element);
				xml.writeStartElement(NS, "loc");
				xml.writeCharacters(loc);
				xml.writeEndElement();
				if (lastmod != null) {
					xml.writeStartElement(NS, "lastmod");
					xml.writeCharacters(lastmod.toString());
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			catch (XMLStreamException e) {
				// the client went away while the page was written
				throw new UncheckedIOException(new IOException(e));
			}
		}

		void end() throws IOException {
			try {
				xml.writeEndDocument();
				xml.flush();
			}
			catch (XMLStreamException e) {
				throw new IOException(e);
			}
		}
	}
}
