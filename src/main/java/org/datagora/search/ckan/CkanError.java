package org.datagora.search.ckan;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** An error as CKAN reports it: its status, {@code __type} and, for validation, messages per field. */
final class CkanError extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final Map<String, List<String>> fields;

	private CkanError(HttpStatus status, String type, String message, Map<String, List<String>> fields) {
		super(message);
		this.status = status;
		this.type = type;
		this.fields = fields;
	}

	static CkanError notFound() {
		return new CkanError(HttpStatus.NOT_FOUND, "Not Found Error", "Not found", Map.of());
	}

	/** With the detail CKAN adds after its "Not found". */
	static CkanError notFound(String detail) {
		return new CkanError(HttpStatus.NOT_FOUND, "Not Found Error", "Not found: " + detail, Map.of());
	}

	static CkanError validation(String field, String message) {
		return new CkanError(HttpStatus.CONFLICT, "Validation Error", null, Map.of(field, List.of(message)));
	}

	static CkanError badRequest(String message) {
		return new CkanError(HttpStatus.BAD_REQUEST, "Bad request", message, Map.of());
	}

	HttpStatus status() {
		return status;
	}

	String type() {
		return type;
	}

	Map<String, List<String>> fields() {
		return fields;
	}
}
