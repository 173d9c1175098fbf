package org.datagora.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/** Every error of an API controller becomes {@code application/problem+json} with a field list. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> problem(ProblemException problem) {
		return Problems.of(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		return Problems.of(HttpStatus.BAD_REQUEST, "A parameter has the wrong type",
				List.of(new FieldProblem(e.getName(), "is not a valid value: " + e.getValue())));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		return widen(Problems.of(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (e.getMostSpecificCause() instanceof JacksonException json) {
			String field = json.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
				.reduce((a, b) -> a + "." + b)
				.orElse("body");
			return widen(Problems.of(HttpStatus.BAD_REQUEST, "The JSON body could not be read",
					List.of(new FieldProblem(field, json.getOriginalMessage()))));
		}
		return widen(Problems.of(HttpStatus.BAD_REQUEST, "The request body could not be read", List.of()));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return widen(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
				"The upload is larger than the limit of " + e.getMaxUploadSize() + " bytes", List.of()));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String detail = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
				: e.getMessage();
		// keep the headers Spring set for the client (Allow on a 405, Accept on a 415)
		ResponseEntity<ProblemDetail> problem = Problems.of(status, detail, List.of());
		return widen(ResponseEntity.status(status).headers(headers).headers(problem.getHeaders()).body(problem.getBody()));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}
}
