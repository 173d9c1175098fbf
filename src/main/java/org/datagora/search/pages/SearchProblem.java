package org.datagora.search.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.datagora.search.DatasetSearch;
import org.datagora.search.Facet;
import org.datagora.web.Chrome;
import org.datagora.web.FormErrors;

/**
 * A parameter of the URL that the search refused, told in the page's language with the value
 * given (the search's own messages are the API's, in English), and a link to the search without it.
 */
public record SearchProblem(String field, String value, String detail, boolean beyondLastPage, String fix) {

	static List<SearchProblem> of(FormErrors errors, UnaryOperator<String> given, SearchLinks links, int pageSize) {
		List<SearchProblem> problems = new ArrayList<>();
		if (errors.global() != null) {
			problems.add(new SearchProblem(null, null, errors.global(), false, SearchLinks.PATH));
		}
		errors.fields().forEach((field, detail) -> {
			String value = given.apply(field);
			problems.add(new SearchProblem(field, value, detail, "page".equals(field) && beyondLastPage(value, pageSize),
					links.without(field)));
		});
		return problems;
	}

	private static boolean beyondLastPage(String page, int pageSize) {
		if (page == null) {
			return false;
		}
		try {
			return Long.parseLong(page.strip()) * pageSize > DatasetSearch.MAX_OFFSET;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	/** The name of the parameter for people: the facet's label, or the form field's. */
	public String label(Chrome chrome) {
		if (field == null) {
			return null;
		}
		return Facet.ofParameter(field).map(facet -> facet.label(chrome.locale())).orElseGet(() -> chrome.fieldName(field));
	}

	public String message(Chrome chrome) {
		if (beyondLastPage) {
			return chrome.t("search.problem.page", DatasetSearch.MAX_OFFSET);
		}
		return value == null ? chrome.problem(detail) : chrome.t("search.problem.value", value);
	}

	public String fixLabel(Chrome chrome) {
		return chrome.t("page".equals(field) ? "search.problem.first.page" : "search.problem.remove");
	}
}
