package org.datagora.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

/**
 * What is wrong with a submitted form, field by field, for re-rendering it with each message
 * next to its field ({@code aria-describedby}) and an optional message for the whole form.
 */
public record FormErrors(Map<String, String> fields, String global) {

	private static final FormErrors NONE = new FormErrors(Map.of(), null);

	public static FormErrors none() {
		return NONE;
	}

	public static FormErrors global(String message) {
		return new FormErrors(Map.of(), message);
	}

	/**
	 * The field problems of {@code problem}; {@code renames} maps service field names to form
	 * input names in pairs ({@code "spatial.zones", "zones"}). A problem without field problems
	 * becomes the global message.
	 */
	public static FormErrors of(ProblemException problem, String... renames) {
		Map<String, String> names = new LinkedHashMap<>();
		for (int i = 0; i + 1 < renames.length; i += 2) {
			names.put(renames[i], renames[i + 1]);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldProblem error : problem.errors()) {
			fields.merge(names.getOrDefault(error.field(), error.field()), error.message(), (a, b) -> a + "; " + b);
		}
		return new FormErrors(fields, fields.isEmpty() ? problem.getMessage() : null);
	}

	/**
	 * The errors to show a form again with, the response getting the problem's status; a problem
	 * that no form can fix (403, 404...) is thrown again for the error page.
	 */
	public static FormErrors forForm(ProblemException problem, HttpServletResponse response, String... renames) {
		if (!isFormProblem(problem)) {
			throw problem;
		}
		response.setStatus(problem.status().value());
		return of(problem, renames);
	}

	/** Whether a form can be shown again for this problem (bad input, conflict, stale version). */
	public static boolean isFormProblem(ProblemException problem) {
		HttpStatus status = problem.status();
		return status == HttpStatus.BAD_REQUEST || status == HttpStatus.CONFLICT
				|| status == HttpStatus.PRECONDITION_FAILED || status == HttpStatus.CONTENT_TOO_LARGE;
	}

	public boolean any() {
		return !fields.isEmpty() || global != null;
	}

	public boolean has(String field) {
		return fields.containsKey(field);
	}

	public String of(String field) {
		return fields.get(field);
	}

	/** The id of the message element of a field, for {@code aria-describedby}. */
	public static String messageId(String field) {
		return field.replaceAll("[^A-Za-z0-9_-]", "-") + "-error";
	}

	public List<Map.Entry<String, String>> list() {
		return List.copyOf(fields.entrySet());
	}
}
