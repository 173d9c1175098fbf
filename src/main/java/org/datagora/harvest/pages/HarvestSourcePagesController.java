package org.datagora.harvest.pages;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.harvest.HarvestJobs;
import org.datagora.harvest.HarvestSource;
import org.datagora.harvest.HarvestSources;
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

/** The sources of an organization, one source with its jobs, and the forms that change them. */
@PageController
class HarvestSourcePagesController {

	private static final int JOBS = 50;

	private final HarvestSources sources;

	private final HarvestJobs jobs;

	private final Organizations organizations;

	private final HarvestPageParts parts;

	private final MessageSource messages;

	HarvestSourcePagesController(HarvestSources sources, HarvestJobs jobs, Organizations organizations,
			HarvestPageParts parts, MessageSource messages) {
		this.sources = sources;
		this.jobs = jobs;
		this.organizations = organizations;
		this.parts = parts;
		this.messages = messages;
	}

	@GetMapping("/organizations/{slug}/harvest")
	String list(@PathVariable String slug, Model model) {
		return list(model, organizations.get(slug), HarvestSourceForm.empty(), FormErrors.none());
	}

	@PostMapping("/organizations/{slug}/harvest")
	String create(@PathVariable String slug, HarvestSourceForm form, HttpServletResponse response, Model model) {
		Organization organization = organizations.get(slug);
		try {
			return "redirect:/harvest/sources/" + sources.create(form.toCreate(organization.id().toString())).id();
		}
		catch (ProblemException problem) {
			return list(model, organization, form, FormErrors.forForm(problem, response, HarvestSourceForm.RENAMES));
		}
	}

	private String list(Model model, Organization organization, HarvestSourceForm form, FormErrors errors) {
		var listed = sources.list(organization.id());
		var latest = jobs.latest(listed.stream().map(HarvestSource::id).toList());
		var rows = listed.stream()
			.map(source -> new OrganizationHarvestPage.Row(source, latest.get(source.id())))
			.toList();
		model.addAttribute("page", new OrganizationHarvestPage(organization.ref(), rows, parts.protocolLabels(),
				sources.canManage(HarvestPageParts.viewer(), organization.id(), true), parts.protocols(), form,
				errors));
		return "harvest/sources";
	}

	@GetMapping("/harvest/sources/{id}")
	String show(@PathVariable UUID id, Model model) {
		HarvestSource source = sources.get(id);
		return show(model, source, HarvestSourceForm.of(source), FormErrors.none(), null);
	}

	@PostMapping("/harvest/sources/{id}/edit")
	String edit(@PathVariable UUID id, HarvestSourceForm form, HttpServletResponse response, Locale locale,
			Model model) {
		HarvestSource current = sources.get(id);
		try {
			sources.update(id, form.toUpdate(current), form.version());
			return "redirect:/harvest/sources/" + id;
		}
		catch (ProblemException problem) {
			FormErrors errors = FormErrors.forForm(problem, response, HarvestSourceForm.RENAMES);
			if (problem.status() == HttpStatus.PRECONDITION_FAILED) {
				errors = FormErrors.global(messages.getMessage("harvest.source.stale", null, locale));
			}
			return show(model, current, form, errors, null);
		}
	}

	private String show(Model model, HarvestSource source, HarvestSourceForm form, FormErrors errors,
			String runProblem) {
		var viewer = HarvestPageParts.viewer();
		model.addAttribute("page", new HarvestSourcePage(source, parts.organization(source.organizationId()),
				parts.protocolLabel(source.protocol()),
				jobs.ofSource(source.id(), JOBS), sources.canManage(viewer, source.organizationId(), false),
				sources.canManage(viewer, source.organizationId(), true), parts.protocols(), form, errors, runProblem));
		return "harvest/source";
	}

	@GetMapping("/harvest/sources/{id}/delete")
	String confirmDelete(@PathVariable UUID id, Model model) {
		model.addAttribute("page", new DeleteSourcePage(sources.get(id)));
		return "harvest/sourceDelete";
	}

	@PostMapping("/harvest/sources/{id}/delete")
	String delete(@PathVariable UUID id) {
		HarvestSource source = sources.get(id);
		sources.delete(id);
		return "redirect:/organizations/" + parts.organization(source.organizationId()).slug() + "/harvest";
	}

	@PostMapping("/harvest/sources/{id}/jobs")
	String run(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean preview,
			HttpServletResponse response, Model model) {
		try {
			return "redirect:/harvest/jobs/" + jobs.start(id, preview).id();
		}
		catch (ProblemException problem) {
			if (problem.status() != HttpStatus.CONFLICT) {
				throw problem;
			}
			// already running, or not accepted yet: said on the source page, where the buttons are
			response.setStatus(HttpStatus.CONFLICT.value());
			HarvestSource source = sources.get(id);
			return show(model, source, HarvestSourceForm.of(source), FormErrors.none(), problem.getMessage());
		}
	}
}
