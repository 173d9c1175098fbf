package org.datagora.roadmap.pages;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.identity.Viewer;
import org.datagora.roadmap.RoadmapClock;
import org.datagora.roadmap.RoadmapEntries;
import org.datagora.requests.DataRequest;
import org.datagora.requests.DataRequests;
import org.datagora.roadmap.RoadmapEntry;
import org.datagora.roadmap.RoadmapFromRequests;
import org.datagora.roadmap.RoadmapStatus;
import org.datagora.roadmap.RoadmapSupports;
import org.datagora.web.FormErrors;
import org.datagora.web.PageController;
import org.datagora.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms of the roadmap: a new entry (members) or proposal (anyone signed in), a data request
 * turned into either, an edit, a move to another status, and support. Each posts to its own address and answers with a redirect, or
 * with the form again and what to fix.
 */
@PageController
class RoadmapFormsController {

	private final RoadmapEntries entries;

	private final RoadmapSupports supports;

	private final Organizations organizations;

	private final RoadmapFromRequests fromRequests;

	private final DataRequests requests;

	private final RoadmapClock clock;

	private final MessageSource messages;

	RoadmapFormsController(RoadmapEntries entries, RoadmapSupports supports, Organizations organizations,
			RoadmapFromRequests fromRequests, DataRequests requests, RoadmapClock clock, MessageSource messages) {
		this.entries = entries;
		this.supports = supports;
		this.organizations = organizations;
		this.fromRequests = fromRequests;
		this.requests = requests;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/organizations/{slug}/roadmap/new")
	String newEntry(@PathVariable String slug, Model model) {
		return entryForm(model, organizations.get(slug).ref(), null, EntryForm.empty(), FormErrors.none());
	}

	@PostMapping("/organizations/{slug}/roadmap/new")
	String create(@PathVariable String slug, EntryForm form, HttpServletResponse response, Locale locale,
			Model model) {
		Organization organization = organizations.get(slug);
		boolean member = entries.canManage(Viewer.current().orElse(null), organization.id());
		try {
			String id = organization.id().toString();
			RoadmapEntry entry = member ? entries.create(form.toInput(id)) : entries.propose(form.toInput(id));
			return "redirect:/roadmaps/entries/" + entry.id();
		}
		catch (ProblemException problem) {
			return entryForm(model, organization.ref(), null, form, errors(problem, response, locale));
		}
	}

	@GetMapping("/requests/{id}/roadmap-entry")
	String fromRequest(@PathVariable UUID id, Model model) {
		DataRequest request = holdingRequest(id);
		Optional<UUID> entry = fromRequests.entryOf(id);
		if (entry.isPresent()) {
			return "redirect:/roadmaps/entries/" + entry.get();
		}
		return requestForm(model, request, EntryForm.of(request), FormErrors.none());
	}

	@PostMapping("/requests/{id}/roadmap-entry")
	String turn(@PathVariable UUID id, EntryForm form, HttpServletResponse response, Locale locale, Model model) {
		DataRequest request = holdingRequest(id);
		try {
			RoadmapEntry entry = fromRequests.turn(id, form.toTurn(), form.version());
			return "redirect:/roadmaps/entries/" + entry.id();
		}
		catch (ProblemException problem) {
			return requestForm(model, request, form, errors(problem, response, locale));
		}
	}

	/** A request some organization holds: the others have no roadmap to enter yet. */
	private DataRequest holdingRequest(UUID id) {
		DataRequest request = requests.get(id);
		if (request.organization() == null) {
			throw ProblemException.conflict("No organization holds this request yet");
		}
		return request;
	}

	private String requestForm(Model model, DataRequest request, EntryForm form, FormErrors errors) {
		boolean member = entries.canManage(Viewer.current().orElse(null), request.organization().id());
		model.addAttribute("page",
				new EntryFormPage(request.organization(), null, member, form, errors, clock.today().plusDays(1), request));
		return "roadmap/entryForm";
	}

	@GetMapping("/roadmaps/entries/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		RoadmapEntry entry = entries.get(id);
		entries.checkEdit(Viewer.current().orElse(null), entry);
		return entryForm(model, entry.organization(), entry, EntryForm.of(entry), FormErrors.none());
	}

	@PostMapping("/roadmaps/entries/{id}/edit")
	String update(@PathVariable UUID id, EntryForm form, HttpServletResponse response, Locale locale, Model model) {
		RoadmapEntry current = entries.get(id);
		try {
			entries.update(id, form.toEdit(), form.version());
			return "redirect:/roadmaps/entries/" + id;
		}
		catch (ProblemException problem) {
			return entryForm(model, current.organization(), current, form, errors(problem, response, locale));
		}
	}

	private String entryForm(Model model, Organization.Ref organization, RoadmapEntry entry, EntryForm form,
			FormErrors errors) {
		boolean member = entries.canManage(Viewer.current().orElse(null), organization.id());
		model.addAttribute("page", new EntryFormPage(organization, entry, member, form, errors, clock.today(), null));
		return "roadmap/entryForm";
	}

	@GetMapping("/roadmaps/entries/{id}/move")
	String move(@PathVariable UUID id, @RequestParam String status, Model model) {
		RoadmapEntry entry = entries.get(id);
		RoadmapStatus target = RoadmapStatus.fromCode(status, "status");
		entries.checkMove(Viewer.current().orElse(null), entry, target);
		model.addAttribute("page", new MovePage(entry, target, MoveForm.to(status, entry), FormErrors.none(),
				clock.today()));
		return "roadmap/move";
	}

	@PostMapping("/roadmaps/entries/{id}/move")
	String moved(@PathVariable UUID id, MoveForm form, HttpServletResponse response, Locale locale, Model model) {
		RoadmapEntry current = entries.get(id);
		try {
			entries.move(id, form.toChange(), form.version());
			return "redirect:/roadmaps/entries/" + id;
		}
		catch (ProblemException problem) {
			FormErrors errors = errors(problem, response, locale);
			model.addAttribute("page", new MovePage(current, RoadmapStatus.fromCode(form.status(), "status"), form,
					errors, clock.today()));
			return "roadmap/move";
		}
	}

	@PostMapping("/roadmaps/entries/{id}/support")
	String support(@PathVariable UUID id, @RequestParam(required = false) String from) {
		supports.support(id);
		return back(id, from);
	}

	@PostMapping("/roadmaps/entries/{id}/support/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String from) {
		supports.withdraw(id);
		return back(id, from);
	}

	/** Back to the organization's roadmap when the button was there, to the entry otherwise. */
	private String back(UUID id, String from) {
		if ("organization".equals(from)) {
			return "redirect:/organizations/" + entries.get(id).organization().slug() + "/roadmap#entry-" + id;
		}
		return "redirect:/roadmaps/entries/" + id;
	}

	/** The form errors of a problem; a stale version is said in the page's language. */
	private FormErrors errors(ProblemException problem, HttpServletResponse response, Locale locale) {
		FormErrors errors = FormErrors.forForm(problem, response, EntryForm.RENAMES);
		if (problem.status() == HttpStatus.PRECONDITION_FAILED) {
			return FormErrors.global(messages.getMessage("roadmap.stale", null, locale));
		}
		return errors;
	}
}
