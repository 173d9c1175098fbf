package org.datagora.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.datagora.web.FieldProblem;
import org.datagora.web.ProblemException;

/** Collects what is wrong with an input, field by field, and fails once with all of it. */
final class Checks {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private final List<FieldProblem> problems = new ArrayList<>();

	void required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
		}
		else {
			maxLength(field, value, max);
		}
	}

	void maxLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
		}
	}

	void boundingBox(String field, List<Double> bbox) {
		String problem = bbox == null ? null : BoundingBoxes.problem(bbox);
		if (problem != null) {
			problems.add(new FieldProblem(field, problem));
		}
	}

	void httpUrl(String field, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		maxLength(field, value, 2048);
		try {
			URI uri = new URI(value.strip());
			String scheme = uri.getScheme();
			if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					|| uri.getHost() == null) {
				problems.add(new FieldProblem(field, "must be an http or https URL"));
			}
		}
		catch (URISyntaxException e) {
			problems.add(new FieldProblem(field, "is not a valid URL: " + e.getReason()));
		}
	}

	void email(String field, String value) {
		if (value != null && !value.isBlank() && (!EMAIL.matcher(value.strip()).matches() || value.length() > 254)) {
			problems.add(new FieldProblem(field, "must be a valid e-mail address"));
		}
	}

	void slug(String field, String value) {
		if (value != null && !value.isBlank() && (!SLUG.matcher(value).matches() || value.length() > 100)) {
			problems.add(new FieldProblem(field, "must be lower-case letters, digits and dashes, 100 at most"));
		}
	}

	void list(String field, List<String> values, int maxItems, int maxLength) {
		if (values == null) {
			return;
		}
		if (values.size() > maxItems) {
			problems.add(new FieldProblem(field, "has more than " + maxItems + " items"));
		}
		for (String value : values) {
			if (value == null || value.isBlank() || value.length() > maxLength) {
				problems.add(new FieldProblem(field, "items must be 1 to " + maxLength + " characters"));
				return;
			}
		}
	}

	/** Runs a parse that may throw a field problem, and keeps the problem with the others. */
	<T> T parse(java.util.function.Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (ProblemException e) {
			problems.addAll(e.errors());
			return null;
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** On update: null keeps the current value, blank clears it. */
	static String keep(String value, String current) {
		return value == null ? current : blankToNull(value);
	}

	void add(String field, String message) {
		problems.add(new FieldProblem(field, message));
	}

	void throwIfAny() {
		if (!problems.isEmpty()) {
			throw ProblemException.invalid(problems);
		}
	}
}
