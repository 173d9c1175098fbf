package org.datagora.requests;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.datagora.web.PageRequest;
import org.datagora.web.ProblemException;

/**
 * A search of requests: words, one filter value per facet (codes, an organization id or slug, a
 * zone id), a sort ({@code relevance}, {@code created}, {@code support}, {@code -} for
 * descending), a page, and whether to count the facets.
 */
public record RequestQuery(String q, Map<RequestFacet, String> filters, String sort, int page, int pageSize,
		boolean facets) {

	/** Pages reach this far into the results; filters narrow a longer list. */
	public static final int MAX_OFFSET = 10_000;

	/**
	 * The query that URL parameters ask for: {@code parameter} gives the value of a name (the
	 * facets by their {@link RequestFacet#parameter()}, {@code q}, {@code sort}, {@code page},
	 * {@code page_size}); blank values are absent.
	 */
	public static RequestQuery of(Function<String, String> parameter, boolean facets) {
		Map<RequestFacet, String> filters = new EnumMap<>(RequestFacet.class);
		for (RequestFacet facet : RequestFacet.values()) {
			String value = parameter.apply(facet.parameter());
			if (value != null && !value.isBlank()) {
				filters.put(facet, value.strip());
			}
		}
		PageRequest page = PageRequest.of(number(parameter, "page"), number(parameter, "page_size"));
		if (page.offset() + page.pageSize() > MAX_OFFSET) {
			throw ProblemException.invalid("page", "must stay within the first " + MAX_OFFSET
					+ " results; narrow the search");
		}
		return new RequestQuery(parameter.apply("q"), filters, parameter.apply("sort"), page.page(), page.pageSize(),
				facets);
	}

	private static Integer number(Function<String, String> parameter, String name) {
		String value = parameter.apply(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw ProblemException.invalid(name, "must be a whole number");
		}
	}
}
