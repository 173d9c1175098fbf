package org.datagora.search.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters of the current search as the URL gives them, and links to the same search with
 * one of them set or removed: a search lives in its address, to be shared and bookmarked.
 */
public final class SearchLinks {

	static final String PATH = "/datasets";

	private static final String EXPORT = "/api/1/datasets/export.csv";

	// not part of a search: the page (a new filter starts again at 1), the language (kept in a
	// cookie) and the notice shown once after a deletion
	private static final Set<String> NOT_SEARCH = Set.of("page", "lang", "deleted");

	private final Map<String, List<String>> parameters;

	private SearchLinks(Map<String, List<String>> parameters) {
		this.parameters = parameters;
	}

	/** From the request's parameters (decoded, in their order); empty values are left out. */
	static SearchLinks of(Map<String, String[]> request) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		request.forEach((name, values) -> {
			List<String> kept = Arrays.stream(values).filter(value -> !value.isBlank()).toList();
			if (!NOT_SEARCH.contains(name) && !kept.isEmpty()) {
				parameters.put(name, kept);
			}
		});
		return new SearchLinks(parameters);
	}

	/** The value given for {@code name}, or null. */
	public String value(String name) {
		List<String> values = parameters.get(name);
		return values == null ? null : String.join(",", values);
	}

	/** This search with {@code name} set to {@code value}, from its first page. */
	public String with(String name, String value) {
		Map<String, List<String>> changed = new LinkedHashMap<>(parameters);
		changed.put(name, List.of(value));
		return link(PATH, changed);
	}

	/** This search without {@code name}, from its first page. */
	public String without(String name) {
		Map<String, List<String>> changed = new LinkedHashMap<>(parameters);
		changed.remove(name);
		return link(PATH, changed);
	}

	/** The encoded query string of this search, without the page. */
	public String query() {
		return query(parameters);
	}

	/** Every result of this search as CSV, through the API. */
	public String export() {
		return link(EXPORT, parameters);
	}

	/** The parameters that a form of the page carries as hidden fields, all but {@code shown}. */
	public List<Map.Entry<String, String>> hiddenExcept(String... shown) {
		Set<String> visible = Set.of(shown);
		return parameters.entrySet()
			.stream()
			.filter(parameter -> !visible.contains(parameter.getKey()))
			.flatMap(parameter -> parameter.getValue().stream().map(value -> Map.entry(parameter.getKey(), value)))
			.toList();
	}

	private static String link(String path, Map<String, List<String>> parameters) {
		String query = query(parameters);
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static String query(Map<String, List<String>> parameters) {
		return parameters.entrySet()
			.stream()
			.flatMap(parameter -> parameter.getValue().stream().map(value -> encode(parameter.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
