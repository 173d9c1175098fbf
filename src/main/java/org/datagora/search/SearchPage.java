package org.datagora.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.datagora.web.PageRequest;
import org.datagora.web.Paged;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list envelope of the map, {@code {data, page, page_size, total, next_page, previous_page}},
 * with the facet counts asked for and, when paging with cursors, {@code next_cursor}.
 */
record SearchPage<T>(List<T> data, int page, int pageSize, long total, String nextPage, String previousPage,
		String nextCursor, Map<String, List<SearchResult.FacetCount>> facets, boolean approximate) {

	static <T> SearchPage<T> of(SearchResult<T> result, String cursor, int page, int pageSize,
			UriComponentsBuilder self) {
		List<T> data = result.items().stream().map(SearchResult.Hit::item).toList();
		Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
		result.facets().forEach((facet, counts) -> facets.put(facet.parameter(), counts));
		if (cursor != null) {
			String next = result.nextCursor() == null ? null
					: self.cloneBuilder().replaceQueryParam("cursor", result.nextCursor()).build().encode().toUriString();
			return new SearchPage<>(data, 1, pageSize, result.total(), next, null, result.nextCursor(), facets,
					result.approximate());
		}
		Paged<T> paged = Paged.of(data, new PageRequest(page, pageSize), result.total(), self);
		return new SearchPage<>(data, paged.page(), paged.pageSize(), paged.total(), paged.nextPage(),
				paged.previousPage(), null, facets, result.approximate());
	}
}
