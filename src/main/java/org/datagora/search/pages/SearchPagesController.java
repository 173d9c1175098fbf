package org.datagora.search.pages;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datagora.catalog.Dataset;
import org.datagora.search.DatasetQuery;
import org.datagora.search.DatasetSearch;
import org.datagora.search.Facet;
import org.datagora.search.SearchParameters;
import org.datagora.search.SearchResult;
import org.datagora.web.FieldProblem;
import org.datagora.web.FormErrors;
import org.datagora.web.PageController;
import org.datagora.web.PageRequest;
import org.datagora.web.Pager;
import org.datagora.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dataset search page: the API's search parameters read from the URL, results with their
 * highlights, facets as links. A parameter the search refuses, or an engine that does not
 * answer, is told on the page (400, 503) rather than on the error page.
 */
@PageController
class SearchPagesController {

	static final int PAGE_SIZE = 20;

	private static final int FACET_SIZE = 10;

	private static final SearchResult<Dataset> NOTHING = new SearchResult<>(List.of(), 0, Map.of(), null, false);

	private final DatasetSearch search;

	SearchPagesController(DatasetSearch search) {
		this.search = search;
	}

	@GetMapping(SearchLinks.PATH)
	String search(@ModelAttribute SearchParameters parameters, BindingResult binding,
			@RequestParam(required = false) String deleted, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		SearchLinks links = SearchLinks.of(request.getParameterMap());
		SearchResult<Dataset> result = NOTHING;
		List<FacetPanel> facets = List.of();
		FormErrors errors = FormErrors.none();
		boolean unavailable = false;
		int page = 1;
		try {
			if (binding.hasErrors()) {
				throw notValid(binding);
			}
			DatasetQuery query = pageQuery(parameters);
			result = search.search(query);
			facets = FacetPanel.of(result, query.filters(), links);
			page = query.page();
		}
		catch (ProblemException problem) {
			if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
				response.setStatus(problem.status().value());
				unavailable = true;
			}
			else {
				errors = FormErrors.forForm(problem, response);
			}
		}
		// the pager stops where the search does: pages past MAX_OFFSET are refused
		Pager pager = Pager.of(new PageRequest(page, PAGE_SIZE), Math.min(result.total(), DatasetSearch.MAX_OFFSET),
				SearchLinks.PATH, links.query());
		model.addAttribute("page", new DatasetSearchPage(links, result.items(), result.total(), result.approximate(),
				facets, pager, SearchProblem.of(errors, request::getParameter, links, PAGE_SIZE), unavailable,
				deleted != null));
		return "search/datasets";
	}

	/** A parameter that is not even of its type (page=abc): refused like the values the search refuses. */
	private static ProblemException notValid(BindingResult binding) {
		return ProblemException.invalid(binding.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), "is not a valid value"))
			.toList());
	}

	/** The page's own sizes and facets, whatever the URL asks; pages are numbered, without cursors. */
	private static DatasetQuery pageQuery(SearchParameters parameters) {
		DatasetQuery asked = parameters.query(true);
		return new DatasetQuery(asked.q(), asked.filters(), asked.owner(), asked.bbox(), asked.archived(),
				asked.sort(), asked.page(), PAGE_SIZE, null, EnumSet.allOf(Facet.class), FACET_SIZE, true);
	}
}
