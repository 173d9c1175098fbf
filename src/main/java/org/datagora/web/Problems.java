package org.datagora.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the one problem+json shape used everywhere: RFC 9457 plus an {@code errors} list. */
public final class Problems {

	private Problems() {
	}

	public static ResponseEntity<ProblemDetail> of(HttpStatusCode status, String detail, List<FieldProblem> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		HttpStatus known = HttpStatus.resolve(status.value());
		body.setTitle(known != null ? known.getReasonPhrase() : "Error");
		body.setProperty("errors", errors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	public static ResponseEntity<ProblemDetail> of(ProblemException problem) {
		return of(problem.status(), problem.getMessage(), problem.errors());
	}
}
