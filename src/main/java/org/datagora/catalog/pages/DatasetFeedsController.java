package org.datagora.catalog.pages;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.catalog.PublicCatalog;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Atom feeds of the public datasets created or modified last: {@value #SITE} for the whole
 * catalog, {@code /organizations/{slug}/datasets.atom} for one organization, in the visitor's
 * language ({@code ?lang=en}). Each answer carries an ETag of its content: a reader asking again
 * with {@code If-None-Match} gets a 304 until something the feed shows has changed.
 */
@RestController
class DatasetFeedsController {

	static final String SITE = "/feeds/datasets.atom";

	private static final int ENTRIES = 50;

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PublicCatalog catalog;

	private final Organizations organizations;

	private final AtomFeed atom;

	private final MessageSource messages;

	DatasetFeedsController(PublicCatalog catalog, Organizations organizations, AtomFeed atom,
			MessageSource messages) {
		this.catalog = catalog;
		this.organizations = organizations;
		this.atom = atom;
		this.messages = messages;
	}

	/** The address of the feed at {@code path} in the language of {@code locale}. */
	static String link(String path, Locale locale) {
		return "en".equals(locale.getLanguage()) ? path + "?lang=en" : path;
	}

	static String organizationPath(String slug) {
		return "/organizations/" + slug + "/datasets.atom";
	}

	@GetMapping(SITE)
	ResponseEntity<byte[]> site(Locale locale) {
		// an empty catalog has never changed: the epoch keeps its feed, and so its ETag, stable
		var head = new AtomFeed.Head(SITE, title(PublicUrls.PORTAL, locale), "/datasets?sort=-last_modified",
				PublicUrls.PORTAL, Instant.EPOCH);
		return answer(atom.write(head, catalog.recentlyModified(null, ENTRIES), locale));
	}

	@GetMapping("/organizations/{slug}/datasets.atom")
	ResponseEntity<byte[]> organization(@PathVariable String slug, Locale locale) {
		Organization organization = organizations.get(slug);
		var head = new AtomFeed.Head(organizationPath(organization.slug()), title(organization.name(), locale),
				"/organizations/" + organization.slug(), organization.name(), organization.modifiedAt());
		return answer(atom.write(head, catalog.recentlyModified(organization.id(), ENTRIES), locale));
	}

	private String title(String who, Locale locale) {
		return messages.getMessage("feed.title", new Object[] { who }, locale);
	}

	/**
	 * The feed with a tag of its bytes: whatever changed (a dataset, its organization's name, one
	 * that left the feed), the tag does. Spring answers 304 to a matching {@code If-None-Match}.
	 */
	private static ResponseEntity<byte[]> answer(byte[] feed) {
		return ResponseEntity.ok()
			.contentType(ATOM)
			.eTag('"' + digest(feed) + '"')
			// readers may keep it but ask again each time: the tag makes asking cheap
			.cacheControl(CacheControl.noCache())
			.body(feed);
	}

	private static String digest(byte[] bytes) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JVM has SHA-256", e);
		}
	}
}
