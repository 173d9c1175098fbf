package org.datagora.search.ckan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** CKAN's parameter types read from strings: numbers, booleans and lists, with CKAN's error when they are not. */
final class CkanParams {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CkanParams() {
	}

	static int number(String value, String field, int fallback, int min, int max) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// out of range, said below
		}
		throw CkanError.validation(field, "Must be a whole number between " + min + " and " + max);
	}

	/** A natural number that CKAN lowers to its maximum rather than refuse (its limit_to_configured_maximum). */
	static int capped(String value, String field, int fallback, int max) {
		return Math.min(number(value, field, fallback, 0, Integer.MAX_VALUE), max);
	}

	/** What Python's asbool reads as a boolean, as CKAN does. */
	static boolean flag(String value, String field, boolean fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true", "yes", "on", "y", "t", "1" -> true;
			case "false", "no", "off", "n", "f", "0" -> false;
			default -> throw CkanError.validation(field, "Must be true or false");
		};
	}

	/**
	 * A list of names: a JSON list (as a POSTed body gives it), or names separated by commas
	 * (a repeated query parameter arrives joined so) or, if {@code spaces}, by spaces too.
	 */
	static List<String> names(String value, String field, boolean spaces) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		if (value.strip().startsWith("[")) {
			return json(value, field);
		}
		return Arrays.stream(value.split(spaces ? "[,\\s]+" : ",")).map(String::strip).filter(s -> !s.isEmpty())
			.toList();
	}

	/** A JSON list of strings, as CKAN requires for {@code facet.field}. */
	static List<String> json(String value, String field) {
		try {
			return Arrays.stream(JSON.readValue(value, String[].class)).filter(Objects::nonNull).toList();
		}
		catch (JacksonException e) {
			throw CkanError.validation(field, "must be a JSON list of names");
		}
	}
}
