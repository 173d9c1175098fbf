package org.datagora.catalog.pages;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.web.FormErrors;
import org.datagora.web.ProblemException;
import org.datagora.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Create, edit and delete a dataset through forms. */
@PageController
class DatasetFormController {

	private final Datasets datasets;

	private final DatasetFormPages pages;

	private final MessageSource messages;

	DatasetFormController(Datasets datasets, DatasetFormPages pages, MessageSource messages) {
		this.datasets = datasets;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/datasets/new")
	String createForm(Model model) {
		return pages.create(model, DatasetForm.empty(), FormErrors.none());
	}

	@PostMapping("/datasets/new")
	String create(DatasetForm form, HttpServletResponse response, Model model) {
		try {
			Dataset dataset = datasets.create(form.toInput());
			return "redirect:/datasets/" + dataset.slug() + "/edit?created";
		}
		catch (ProblemException problem) {
			return pages.create(model, form, FormErrors.forForm(problem, response, DatasetForm.RENAMES));
		}
	}

	@GetMapping("/datasets/{slug}/edit")
	String editForm(@PathVariable String slug, @RequestParam(required = false) String created, Locale locale,
			Model model) {
		String notice = created == null ? null : messages.getMessage("dataset.created.notice", null, locale);
		return pages.edit(model, slug, null, FormErrors.none(), ResourceForm.empty(), FormErrors.none(), notice);
	}

	@PostMapping("/datasets/{slug}/edit")
	String edit(@PathVariable String slug, DatasetForm form, HttpServletResponse response, Locale locale,
			Model model) {
		try {
			Dataset dataset = datasets.update(slug, form.toInput(), form.version());
			return "redirect:/datasets/" + dataset.slug();
		}
		catch (ProblemException problem) {
			FormErrors errors = FormErrors.forForm(problem, response, DatasetForm.RENAMES);
			if (problem.status() == HttpStatus.PRECONDITION_FAILED) {
				errors = FormErrors.global(messages.getMessage("dataset.form.stale", null, locale));
			}
			return pages.edit(model, slug, form, errors, ResourceForm.empty(), FormErrors.none(), null);
		}
	}

	@PostMapping("/datasets/{slug}/delete")
	String delete(@PathVariable String slug, @RequestParam(required = false) Integer version) {
		datasets.delete(slug, version);
		return "redirect:/datasets?deleted";
	}
}
