package org.datagora.catalog.pages;

import org.datagora.catalog.CatalogProperties;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of the public pages, from {@code DATAGORA_BASE_URL}: structured data,
 * sitemaps and feeds are read away from the portal and cannot use relative links.
 */
@Component
class PublicUrls {

	/** The portal's name, as its pages show it. */
	static final String PORTAL = "Datagora";

	private final String base;

	PublicUrls(CatalogProperties properties) {
		this.base = properties.baseUrl();
	}

	/** The address of {@code path}, which starts with a slash. */
	String of(String path) {
		return base + path;
	}

	String dataset(String slug) {
		return of("/datasets/" + slug);
	}

	String organization(String slug) {
		return of("/organizations/" + slug);
	}
}
