package org.datagora.requests.pages;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.datagora.catalog.Organizations;
import org.datagora.requests.DataRequest;
import org.datagora.requests.DataRequests;
import org.datagora.requests.DuplicateRequestsException;
import org.datagora.web.FormErrors;
import org.datagora.web.PageController;
import org.datagora.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /requests/new}: asking for data. A request whose title is close to existing ones comes
 * back with them, for the requester to support one of them or to confirm theirs is another.
 */
@PageController
class NewRequestController {

	private final DataRequests requests;

	private final Organizations organizations;

	private final MessageSource messages;

	NewRequestController(DataRequests requests, Organizations organizations, MessageSource messages) {
		this.requests = requests;
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping("/requests/new")
	String form(@RequestParam(required = false) String organization, Model model) {
		return form(model, RequestForm.empty(organization), FormErrors.none(), List.of());
	}

	@PostMapping("/requests/new")
	String submit(RequestForm form, HttpServletResponse response, Locale locale, Model model) {
		try {
			DataRequest created = requests.submit(form.input(), form.confirmed());
			return "redirect:/requests/" + created.id();
		}
		catch (DuplicateRequestsException duplicates) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, form, FormErrors.none(), duplicates.candidates());
		}
		catch (ProblemException problem) {
			return form(model, form, FormProblems.of(problem, response, messages, locale, RequestForm.RENAMES),
					List.of());
		}
	}

	private String form(Model model, RequestForm form, FormErrors errors, List<DataRequest> similar) {
		model.addAttribute("page", new NewRequestPage(form, organizations.refs(), errors, similar));
		return "requests/new";
	}
}
