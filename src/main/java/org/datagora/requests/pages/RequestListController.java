package org.datagora.requests.pages;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.datagora.requests.DataRequests;
import org.datagora.requests.RequestHits;
import org.datagora.requests.RequestQuery;
import org.datagora.requests.RequestSearch;
import org.datagora.web.PageController;
import org.datagora.web.PageRequest;
import org.datagora.web.Pager;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /requests}: the requests of the portal, searched, filtered by facets and sorted. */
@PageController
class RequestListController {

	private final RequestSearch search;

	private final DataRequests requests;

	RequestListController(RequestSearch search, DataRequests requests) {
		this.search = search;
		this.requests = requests;
	}

	@GetMapping("/requests")
	String list(HttpServletRequest request, Model model) {
		RequestQuery query = RequestQuery.of(request::getParameter, true);
		RequestHits hits = search.search(query);
		RequestLinks links = new RequestLinks(request.getParameterMap());
		String sort = query.sort() == null || query.sort().isBlank()
				? (query.q() == null || query.q().isBlank() ? "-created" : "relevance") : query.sort().strip();
		model.addAttribute("page", new RequestListPage(query.q() == null ? "" : query.q(), sort,
				requests.readByIds(hits.ids()), hits.total(), panels(hits, links), links,
				Pager.of(new PageRequest(query.page(), query.pageSize()), hits.total(), "/requests", links.query())));
		return "requests/list";
	}

	private static List<RequestListPage.Panel> panels(RequestHits hits, RequestLinks links) {
		List<RequestListPage.Panel> panels = new ArrayList<>();
		// in the order of RequestFacet: the facets come in an EnumMap
		hits.facets().forEach((facet, counts) -> {
			List<RequestListPage.Value> values = counts.stream()
				.map(count -> new RequestListPage.Value(count.label(), count.count(), count.selected(),
						count.selected() ? links.without(facet.parameter())
								: links.with(facet.parameter(), count.value())))
				.toList();
			if (!values.isEmpty()) {
				panels.add(new RequestListPage.Panel(facet, values));
			}
		});
		return panels;
	}
}
