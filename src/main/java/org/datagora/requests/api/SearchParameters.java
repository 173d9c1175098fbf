package org.datagora.requests.api;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.BindParam;

/** The query parameters of a request search, as the API documents them. */
record SearchParameters(@Parameter(description = "words to search; Solr syntax is searched as text") String q,
		@Parameter(description = "submitted, redirected, acknowledged, planned, published, already_open, refused, "
				+ "withdrawn") String status,
		@Parameter(description = "id or slug of the organization holding the request") String organization,
		@Parameter(description = "theme code, e.g. TRAN") String theme,
		@Parameter(description = "a zone id; requests about any zone inside it match too") String geozone,
		@BindParam("requester_type") @Parameter(name = "requester_type",
				description = "citizen, company, association, researcher, journalist, public-body") String requesterType,
		@Parameter(description = "relevance, created (age), support; - for descending. Default: relevance with "
				+ "words, -created without") String sort,
		String page, @BindParam("page_size") @Parameter(name = "page_size") String pageSize,
		@Parameter(description = "all, or the facets to count, comma-separated") String facets) {

	/** The value of a parameter by its name in the URL. */
	String value(String name) {
		return switch (name) {
			case "q" -> q;
			case "status" -> status;
			case "organization" -> organization;
			case "theme" -> theme;
			case "geozone" -> geozone;
			case "requester_type" -> requesterType;
			case "sort" -> sort;
			case "page" -> page;
			case "page_size" -> pageSize;
			default -> null;
		};
	}
}
