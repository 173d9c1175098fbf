package org.datagora.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Errors that reach no API controller (unknown path, errors in filters) answer a problem on
 * {@code /api/} paths and a page everywhere else: never a stack trace, never a white label.
 */
@PageController
class ErrorPages implements ErrorController {

	@RequestMapping(value = "/error", produces = "application/problem+json")
	@ResponseBody
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		ResponseEntity<ProblemDetail> problem = Problems.of(status, messageOf(request, status), List.of());
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.getBody().setInstance(java.net.URI.create(uri.toString()));
		}
		return problem;
	}

	@RequestMapping("/error")
	Object page(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = statusOf(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.startsWith("/api/")) {
			return problem(request);
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("message", messageOf(request, status));
		return "web/error";
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		if (tooLarge((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			return HttpStatus.CONTENT_TOO_LARGE;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	/** An upload past the limit, found while a filter read the form parameters. */
	private static boolean tooLarge(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof MaxUploadSizeExceededException
					|| cause.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
				return true;
			}
		}
		return false;
	}

	private static String messageOf(HttpServletRequest request, HttpStatus status) {
		return switch (status) {
			case CONTENT_TOO_LARGE -> "The upload is larger than the limit of this portal";
			case NOT_FOUND -> "Nothing exists at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			case INTERNAL_SERVER_ERROR -> "An unexpected error occurred; it has been logged";
			default -> status.getReasonPhrase();
		};
	}

	/** Problems raised while serving a page are shown on the error page with their status. */
	@ControllerAdvice(annotations = PageController.class)
	static class PageExceptionHandler {

		private final MessageSource messages;

		PageExceptionHandler(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler(ProblemException.class)
		String problem(ProblemException problem, HttpServletRequest request, HttpServletResponse response,
				Locale locale, Model model) {
			// model attributes of advices are not applied to exception handlers: add the chrome here
			model.addAttribute("chrome", ChromeAdvice.of(request, locale, messages));
			response.setStatus(problem.status().value());
			model.addAttribute("status", problem.status().value());
			model.addAttribute("message", problem.getMessage());
			return "web/error";
		}
	}
}
