package org.datagora.requests.pages;

import java.util.List;

import org.datagora.requests.DataRequest;
import org.datagora.requests.RequestFacet;
import org.datagora.web.Pager;

/** A search of requests: the words, the results, the facets in the left column, sort and pages. */
public record RequestListPage(String q, String sort, List<DataRequest> results, long total, List<Panel> facets,
		RequestLinks links, Pager pager) {

	public static final List<String> SORTS = List.of("-support", "-created", "created", "relevance");

	/** A facet: its values as links that set the filter, the chosen one as a link that removes it. */
	public record Panel(RequestFacet facet, List<Value> values) {

		public Value selected() {
			return values.stream().filter(Value::selected).findFirst().orElse(null);
		}
	}

	public record Value(String label, long count, boolean selected, String href) {
	}

	public boolean filtered() {
		return facets.stream().anyMatch(panel -> panel.selected() != null);
	}
}
