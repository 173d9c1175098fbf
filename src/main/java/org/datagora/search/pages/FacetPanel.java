package org.datagora.search.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.datagora.search.Facet;
import org.datagora.search.SearchResult;

/** One facet of the left column: its values as links that set the filter, the chosen one as a link that removes it. */
public record FacetPanel(Facet facet, List<Value> values) {

	/** A value with its count; {@code href} sets it, or removes it when it is the current filter. */
	public record Value(String label, long count, boolean selected, String href) {
	}

	// the order of the panels: who publishes and what, then where and when, keywords last (the longest)
	private static final List<Facet> ORDER = List.of(Facet.ORGANIZATION, Facet.ORGANIZATION_TYPE, Facet.THEME,
			Facet.LICENSE, Facet.FORMAT, Facet.BADGE, Facet.ACCESS_TYPE, Facet.GEOZONE, Facet.GRANULARITY,
			Facet.FREQUENCY, Facet.SCHEMA, Facet.LAST_UPDATE, Facet.TAG);

	/** The panels that have values, in the page's order. */
	static List<FacetPanel> of(SearchResult<?> result, Map<Facet, String> filters, SearchLinks links) {
		List<FacetPanel> panels = new ArrayList<>();
		for (Facet facet : ORDER) {
			String parameter = facet.parameter();
			List<Value> values = new ArrayList<>(result.facets()
				.getOrDefault(facet, List.of())
				.stream()
				.map(count -> new Value(count.label(), count.count(), count.selected(),
						count.selected() ? links.without(parameter) : links.with(parameter, count.value())))
				.toList());
			String chosen = filters.get(facet);
			if (chosen != null && values.stream().noneMatch(Value::selected)) {
				// beyond the values listed: the filter still shows, and its count is every result
				values.add(new Value(chosen, result.total(), true, links.without(parameter)));
			}
			if (!values.isEmpty()) {
				panels.add(new FacetPanel(facet, values));
			}
		}
		return panels;
	}

	/** The current filter of this facet, if any. */
	public Value selected() {
		return values.stream().filter(Value::selected).findFirst().orElse(null);
	}
}
