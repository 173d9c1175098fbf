package org.datagora.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be served as asked, with what a client or a person needs to fix it.
 * Rendered as {@code application/problem+json} by the API and as a message on pages.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final List<FieldProblem> errors;

	public ProblemException(HttpStatus status, String detail, List<FieldProblem> errors) {
		super(detail);
		this.status = status;
		this.errors = List.copyOf(errors);
	}

	public static ProblemException notFound(String what) {
		return new ProblemException(HttpStatus.NOT_FOUND, what + " was not found", List.of());
	}

	public static ProblemException invalid(List<FieldProblem> errors) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors);
	}

	public static ProblemException invalid(String field, String message) {
		return invalid(List.of(new FieldProblem(field, message)));
	}

	public static ProblemException conflict(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, detail, List.of());
	}

	public static ProblemException forbidden(String detail) {
		return new ProblemException(HttpStatus.FORBIDDEN, detail, List.of());
	}

	public static ProblemException unauthorized() {
		return new ProblemException(HttpStatus.UNAUTHORIZED,
				"Authentication is required: sign in or send an API token in the X-API-KEY header", List.of());
	}

	public static ProblemException stale(String what) {
		return new ProblemException(HttpStatus.PRECONDITION_FAILED, what
				+ " was changed by someone else since you read it: reload it and apply your change again",
				List.of());
	}

	public static ProblemException tooLarge(long limit) {
		return new ProblemException(HttpStatus.CONTENT_TOO_LARGE,
				"The file is larger than the limit of " + limit + " bytes", List.of());
	}

	public HttpStatus status() {
		return status;
	}

	public List<FieldProblem> errors() {
		return errors;
	}
}
