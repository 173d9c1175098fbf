package org.datagora.rdf;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the portal describes itself in its DCAT-AP catalog ({@code datagora.rdf.*}).
 *
 * @param catalogTitle dct:title of the catalog
 * @param catalogDescription dct:description of the catalog
 * @param publisher the name of the body that runs the portal (the catalog's dct:publisher)
 * @param language the language tag of titles, descriptions and keywords; empty for none
 * @param pageSize datasets per page of the paged catalog when the client does not say
 * @param maxPageSize the most datasets a page may ask for
 */
@ConfigurationProperties("datagora.rdf")
public record RdfProperties(String catalogTitle, String catalogDescription, String publisher, String language,
		Integer pageSize, Integer maxPageSize) {

	public RdfProperties {
		catalogTitle = catalogTitle == null || catalogTitle.isBlank() ? "Datagora" : catalogTitle;
		catalogDescription = catalogDescription == null || catalogDescription.isBlank()
				? "Catalogue des données ouvertes publiées sur " + catalogTitle : catalogDescription;
		publisher = publisher == null || publisher.isBlank() ? catalogTitle : publisher;
		language = language == null ? "fr" : language.strip();
		pageSize = pageSize == null ? 100 : pageSize;
		maxPageSize = maxPageSize == null ? 1000 : maxPageSize;
	}
}
