package org.datagora.catalog.pages;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Resources;
import org.datagora.catalog.Uploads;
import org.datagora.web.FormErrors;
import org.datagora.web.ProblemException;
import org.datagora.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Resources from the dataset edit page: add a link, upload a file, delete one. */
@PageController
class ResourceFormController {

	private final Resources resources;

	private final DatasetFormPages pages;

	ResourceFormController(Resources resources, DatasetFormPages pages) {
		this.resources = resources;
		this.pages = pages;
	}

	@PostMapping("/datasets/{slug}/resources")
	String addRemote(@PathVariable String slug, ResourceForm form, HttpServletResponse response, Model model) {
		try {
			resources.addRemote(slug, form.remote());
			return "redirect:/datasets/" + slug + "/edit#resources";
		}
		catch (ProblemException problem) {
			return pages.edit(model, slug, null, FormErrors.none(), form,
					FormErrors.forForm(problem, response, ResourceForm.RENAMES), null);
		}
	}

	@PostMapping("/datasets/{slug}/resources/upload")
	String upload(@PathVariable String slug, ResourceForm form,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
			Model model) {
		try {
			resources.upload(slug, form.file(), Uploads.from(file));
			return "redirect:/datasets/" + slug + "/edit#resources";
		}
		catch (ProblemException problem) {
			return pages.edit(model, slug, null, FormErrors.none(), form,
					FormErrors.forForm(problem, response, ResourceForm.RENAMES), null);
		}
	}

	@PostMapping("/datasets/{slug}/resources/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable UUID id) {
		Dataset dataset = pages.editable(slug);
		if (dataset.resources().stream().noneMatch(resource -> resource.id().equals(id))) {
			throw ProblemException.notFound("Resource " + id);
		}
		resources.delete(id, null);
		return "redirect:/datasets/" + dataset.slug() + "/edit#resources";
	}
}
