package org.datagora.requests.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The parameters of the current request search and links to the same search with one of them
 * set or removed (from its first page): the search lives in its address.
 */
public final class RequestLinks {

	private static final String PATH = "/requests";

	/** Not part of a search: the page (a new filter starts again at 1) and the language (a cookie). */
	private static final Set<String> NOT_SEARCH = Set.of("page", "lang");

	private final MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();

	RequestLinks(Map<String, String[]> request) {
		request.forEach((name, values) -> {
			for (String value : values) {
				if (!NOT_SEARCH.contains(name) && !value.isBlank()) {
					parameters.add(name, value);
				}
			}
		});
	}

	public String with(String name, String value) {
		return UriComponentsBuilder.fromPath(PATH).queryParams(parameters).replaceQueryParam(name, value).build()
			.encode().toUriString();
	}

	public String without(String name) {
		return UriComponentsBuilder.fromPath(PATH).queryParams(parameters).replaceQueryParam(name).build()
			.encode().toUriString();
	}

	/** The query string of the search, for the links of its pages. */
	String query() {
		return UriComponentsBuilder.newInstance().queryParams(parameters).build().encode().getQuery();
	}

	/** The parameters a form of the page keeps as hidden fields, all but {@code shown}. */
	public List<Map.Entry<String, String>> hiddenExcept(String... shown) {
		Set<String> visible = Set.of(shown);
		return parameters.entrySet()
			.stream()
			.filter(parameter -> !visible.contains(parameter.getKey()))
			.flatMap(parameter -> parameter.getValue().stream().map(value -> Map.entry(parameter.getKey(), value)))
			.toList();
	}
}
