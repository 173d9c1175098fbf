package org.datagora.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of results, in order, with exact counts.
 *
 * @param items the results of this page
 * @param total how many results in all
 * @param facets counts per value of each facet asked for, largest first
 * @param nextCursor the cursor of the next page, when searching with cursors (null at the end)
 * @param approximate whether the words matched only after typo tolerance (no exact match)
 */
public record SearchResult<T>(List<Hit<T>> items, long total, Map<Facet, List<FacetCount>> facets, String nextCursor,
		boolean approximate) {

	/** The same page with each item turned into another view of it. */
	public <U> SearchResult<U> map(Function<T, U> view) {
		return new SearchResult<>(items.stream()
			.map(hit -> new Hit<>(view.apply(hit.item()), hit.titleHtml(), hit.snippetHtml()))
			.toList(), total, facets, nextCursor, approximate);
	}

	/** A result with its highlighted title and description (HTML, escaped, matches in {@code <mark>}). */
	public record Hit<T>(T item, String titleHtml, String snippetHtml) {
	}

	/** A value of a facet, its label for people, its count, and whether it is the current filter. */
	public record FacetCount(String value, String label, long count, boolean selected) {
	}
}
