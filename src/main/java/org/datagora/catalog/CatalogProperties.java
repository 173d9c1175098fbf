package org.datagora.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl public address of the portal, used in the links the API returns
 * ({@code DATAGORA_BASE_URL})
 */
@ConfigurationProperties("datagora")
public record CatalogProperties(String baseUrl) {

	public CatalogProperties {
		if (baseUrl == null || baseUrl.isBlank()) {
			baseUrl = "http://localhost:8080";
		}
		baseUrl = baseUrl.replaceAll("/+$", "");
	}
}
