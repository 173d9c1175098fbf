package org.datagora.search.pages;

import java.util.List;
import java.util.regex.Pattern;

import org.datagora.catalog.Dataset;
import org.datagora.search.SearchResult;
import org.datagora.web.Pager;

/**
 * The dataset search page: the search as the URL gives it ({@code links}), one page of results
 * with their highlights, the facet panels, and what went wrong if the search could not run
 * ({@code problems} for parameters it refused, {@code unavailable} when the engine did not answer).
 */
public record DatasetSearchPage(SearchLinks links, List<SearchResult.Hit<Dataset>> results, long total,
		boolean approximate, List<FacetPanel> facets, Pager pager, List<SearchProblem> problems, boolean unavailable,
		boolean deleted) {

	private static final List<String> SORTS = List.of("-last_update", "-created", "title", "-popularity");

	private static final List<String> SORTS_WITH_WORDS = List.of("relevance", "-last_update", "-created", "title",
			"-popularity");

	private static final int EXCERPT_LENGTH = 220;

	// what Markdown adds around words: emphasis and code marks, heading and quote marks, link targets
	private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

	private static final Pattern INLINE_MARKS = Pattern.compile("[*`]+");

	private static final Pattern MARKS = Pattern.compile("(?m)[*`]+|^\\s*(?:#+|>)\\s*");

	public String q() {
		String q = links.value("q");
		return q == null ? "" : q;
	}

	/** The orders offered: relevance only when words were typed (without them every score is equal). */
	public List<String> sorts() {
		return q().isBlank() ? SORTS : SORTS_WITH_WORDS;
	}

	/** The order of the results, the search's default when none was chosen. */
	public String sort() {
		String sort = links.value("sort");
		return sort != null ? sort : q().isBlank() ? "-last_update" : "relevance";
	}

	/** Whether the search ran: a count and results (maybe none) to show. */
	public boolean answered() {
		return problems.isEmpty() && !unavailable;
	}

	public boolean filtered() {
		return facets.stream().anyMatch(panel -> panel.selected() != null);
	}

	/**
	 * A highlighted passage without the Markdown marks it was cut from: it is already escaped
	 * HTML, and removing asterisks and backquotes cannot make a tag.
	 */
	public static String snippet(String html) {
		return html == null ? null : INLINE_MARKS.matcher(html).replaceAll("");
	}

	/** The start of a Markdown description as plain text, for a result without a highlighted snippet. */
	public static String excerpt(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return null;
		}
		String text = MARKS.matcher(LINK.matcher(markdown).replaceAll("$1")).replaceAll("").replaceAll("\\s+", " ")
			.strip();
		if (text.length() <= EXCERPT_LENGTH) {
			return text;
		}
		int space = text.lastIndexOf(' ', EXCERPT_LENGTH);
		return text.substring(0, space > EXCERPT_LENGTH / 2 ? space : EXCERPT_LENGTH) + " …";
	}
}
