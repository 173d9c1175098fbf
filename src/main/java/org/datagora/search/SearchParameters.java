package org.datagora.search;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Parameter;
import org.datagora.web.PageRequest;
import org.datagora.web.ProblemException;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query parameters of a dataset search, shared by the API, the CSV export and the search
 * page, so that a search page's address and the API call with the same parameters agree.
 */
public record SearchParameters(@Parameter(description = "words to search; Solr syntax is searched as text") String q,
		@Parameter(description = "organization id or slug") String organization,
		@BindParam("organization_type") @Parameter(name = "organization_type") String organizationType,
		@Parameter(description = "account id of the owner") String owner, String tag, String license,
		String format, String badge,
		@Parameter(description = "geo zone id; datasets about any zone inside it match too") String geozone,
		String theme, @BindParam("access_type") @Parameter(name = "access_type") String accessType,
		String granularity, String frequency, @Parameter(description = "name of a resource's schema") String schema,
		@BindParam("last_update") @Parameter(name = "last_update", description = "30d, 12m or 3y") String lastUpdate,
		@Parameter(description = "west,south,east,north in degrees") String bbox, Boolean archived,
		@Parameter(description = "relevance, title, created, last_update, last_modified, popularity, id; - for descending") String sort,
		Integer page, @BindParam("page_size") @Parameter(name = "page_size") Integer pageSize,
		@Parameter(description = "* to start paging with cursors, then next_cursor") String cursor,
		@Parameter(description = "facets to count, comma-separated, or all") String facets,
		@BindParam("facet_size") @Parameter(name = "facet_size") Integer facetSize) {

	public static final SearchParameters NONE = new SearchParameters(null, null, null, null, null, null, null, null,
			null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

	/** The filter given for each facet, in the order of {@link Facet}. */
	public Map<Facet, String> filters() {
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		String[] values = { organization, organizationType, tag, theme, license, format, badge, accessType, geozone,
				granularity, frequency, schema, lastUpdate };
		Facet[] facetsInOrder = { Facet.ORGANIZATION, Facet.ORGANIZATION_TYPE, Facet.TAG, Facet.THEME, Facet.LICENSE,
				Facet.FORMAT, Facet.BADGE, Facet.ACCESS_TYPE, Facet.GEOZONE, Facet.GRANULARITY, Facet.FREQUENCY,
				Facet.SCHEMA, Facet.LAST_UPDATE };
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null && !values[i].isBlank()) {
				filters.put(facetsInOrder[i], values[i]);
			}
		}
		return filters;
	}

	Set<Facet> facetSet() {
		if (facets == null || facets.isBlank()) {
			return Set.of();
		}
		if (facets.strip().equals("all")) {
			return EnumSet.allOf(Facet.class);
		}
		Set<Facet> set = EnumSet.noneOf(Facet.class);
		for (String name : facets.split(",")) {
			set.add(Facet.ofParameter(name.strip())
				.orElseThrow(() -> ProblemException.invalid("facets", "unknown facet '" + name.strip()
						+ "'; facets are all or any of " + String.join(", ",
								Arrays.stream(Facet.values()).map(Facet::parameter).toList()))));
		}
		return set;
	}

	public DatasetQuery query(boolean highlight) {
		PageRequest request = PageRequest.of(page, pageSize);
		int size = facetSize == null ? 10 : facetSize;
		if (size < 1 || size > DatasetSearch.MAX_FACET_SIZE) {
			throw ProblemException.invalid("facet_size", "must be between 1 and " + DatasetSearch.MAX_FACET_SIZE);
		}
		return new DatasetQuery(q, filters(), owner, bbox, Boolean.TRUE.equals(archived), sort, request.page(),
				request.pageSize(), cursor == null || cursor.isBlank() ? null : cursor.strip(), facetSet(), size,
				highlight);
	}
}
