package org.datagora.requests.pages;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.datagora.catalog.Organizations;
import org.datagora.identity.Viewer;
import org.datagora.requests.DataRequest;
import org.datagora.requests.DataRequests;
import org.datagora.requests.RequestComments;
import org.datagora.requests.RequestStatus;
import org.datagora.requests.RequestSupport;
import org.datagora.requests.RequestWorkflow;
import org.datagora.web.FormErrors;
import org.datagora.web.Markdown;
import org.datagora.web.PageController;
import org.datagora.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A request's page and the forms posted from it; each post comes back to the page. */
@PageController
class RequestPageController {

	private final DataRequests requests;

	private final RequestWorkflow workflow;

	private final RequestComments comments;

	private final RequestSupport support;

	private final Organizations organizations;

	private final Markdown markdown;

	private final MessageSource messages;

	RequestPageController(DataRequests requests, RequestWorkflow workflow, RequestComments comments,
			RequestSupport support, Organizations organizations, Markdown markdown, MessageSource messages) {
		this.requests = requests;
		this.workflow = workflow;
		this.comments = comments;
		this.support = support;
		this.organizations = organizations;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping("/requests/{id}")
	String show(@PathVariable UUID id, Model model) {
		DataRequest request = requests.get(id);
		return show(model, request, StepForm.empty(request.version()), FormErrors.none(), "", FormErrors.none());
	}

	@PostMapping("/requests/{id}/events")
	String move(@PathVariable UUID id, StepForm form, HttpServletResponse response, Locale locale, Model model) {
		try {
			workflow.move(id, form.input(), form.version());
			return "redirect:/requests/" + id + "#timeline";
		}
		catch (ProblemException problem) {
			FormErrors errors = FormProblems.of(problem, response, messages, locale, StepForm.RENAMES);
			return show(model, requests.get(id), form, errors, "", FormErrors.none());
		}
	}

	@PostMapping("/requests/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String body, HttpServletResponse response,
			Locale locale, Model model) {
		try {
			comments.add(id, body);
			return "redirect:/requests/" + id + "#comments";
		}
		catch (ProblemException problem) {
			FormErrors errors = FormProblems.of(problem, response, messages, locale);
			DataRequest request = requests.get(id);
			return show(model, request, StepForm.empty(request.version()), FormErrors.none(), body, errors);
		}
	}

	@PostMapping("/requests/{id}/support")
	String support(@PathVariable UUID id, @RequestParam boolean supported) {
		support.support(id, supported);
		return "redirect:/requests/" + id + "#engagement";
	}

	@PostMapping("/requests/{id}/follow")
	String follow(@PathVariable UUID id, @RequestParam boolean following) {
		support.follow(id, following);
		return "redirect:/requests/" + id + "#engagement";
	}

	@PostMapping("/requests/{id}/comments/{commentId}/report")
	String report(@PathVariable UUID id, @PathVariable UUID commentId) {
		comments.report(id, commentId);
		return "redirect:/requests/" + id + "#comment-" + commentId;
	}

	@PostMapping("/requests/{id}/comments/{commentId}/moderation")
	String moderate(@PathVariable UUID id, @PathVariable UUID commentId, @RequestParam boolean hidden) {
		comments.moderate(id, commentId, hidden);
		return "redirect:/requests/" + id + "#comment-" + commentId;
	}

	private String show(Model model, DataRequest request, StepForm stepForm, FormErrors stepErrors,
			String commentBody, FormErrors commentErrors) {
		Viewer viewer = Viewer.current().orElse(null);
		Set<RequestStatus> steps = workflow.stepsFor(request, viewer);
		model.addAttribute("page", new RequestPage(request, markdown.toHtml(request.description()),
				markdown.toHtml(request.useCase()),
				workflow.events(request.id())
					.stream()
					.map(event -> new RequestPage.Entry(event, markdown.toHtml(event.note())))
					.toList(),
				comments.list(request.id())
					.stream()
					.map(comment -> new RequestPage.Comment(comment, markdown.toHtml(comment.body())))
					.toList(),
				support.engagement(request.id(), viewer), steps, comments.moderates(viewer, request.id()),
				steps.contains(RequestStatus.REDIRECTED) ? organizations.refs() : List.of(), stepForm, stepErrors,
				commentBody, commentErrors));
		return "requests/request";
	}
}
