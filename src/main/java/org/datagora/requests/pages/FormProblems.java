package org.datagora.requests.pages;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.datagora.web.FormErrors;
import org.datagora.web.ProblemException;
import org.springframework.context.MessageSource;

/**
 * What a form of these pages says about a refused post, in the page's language: field problems
 * next to their fields (bad input, spam), and a message for the form when the post was too many,
 * too late (412) or no longer possible (409). Problems no form can fix go to the error page.
 */
final class FormProblems {

	private FormProblems() {
	}

	static FormErrors of(ProblemException problem, HttpServletResponse response, MessageSource messages,
			Locale locale, String... renames) {
		String global = switch (problem.status()) {
			case TOO_MANY_REQUESTS -> "request.problem.rate";
			case PRECONDITION_FAILED -> "request.problem.stale";
			case CONFLICT -> "request.problem.conflict";
			default -> null;
		};
		if (global != null) {
			response.setStatus(problem.status().value());
			return FormErrors.global(messages.getMessage(global, null, locale));
		}
		if (problem.status() == org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT) {
			response.setStatus(problem.status().value());
			return FormErrors.of(problem, renames);
		}
		return FormErrors.forForm(problem, response, renames);
	}
}
