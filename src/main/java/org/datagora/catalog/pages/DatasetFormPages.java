package org.datagora.catalog.pages;

import java.util.ArrayList;
import java.util.List;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organization;
import org.datagora.identity.Viewer;
import org.datagora.web.FormErrors;
import org.datagora.web.ProblemException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds the dataset form page for the create and edit controllers and the resource actions,
 * so that each re-renders it the same way with the entered values and their errors.
 */
@Component
class DatasetFormPages {

	static final String VIEW = "catalog/datasetForm";

	private final Datasets datasets;

	private final MyOrganizations myOrganizations;

	DatasetFormPages(Datasets datasets, MyOrganizations myOrganizations) {
		this.datasets = datasets;
		this.myOrganizations = myOrganizations;
	}

	String create(Model model, DatasetForm form, FormErrors errors) {
		model.addAttribute("page", new DatasetFormPage(form, errors, organizations(null), null, ResourceForm.empty(),
				FormErrors.none(), null));
		return VIEW;
	}

	/** The edit page of the dataset as stored, with the given forms. */
	String edit(Model model, String slug, DatasetForm form, FormErrors errors, ResourceForm resource,
			FormErrors resourceErrors, String notice) {
		Dataset dataset = editable(slug);
		model.addAttribute("page", new DatasetFormPage(form == null ? DatasetForm.of(dataset) : form, errors,
				organizations(dataset), dataset, resource, resourceErrors, notice));
		return VIEW;
	}

	/** The dataset if the viewer may edit it: 404 if they may not even see it, 403 otherwise. */
	Dataset editable(String slug) {
		Dataset dataset = datasets.get(slug);
		if (!datasets.canEdit(dataset)) {
			throw ProblemException.forbidden("Only the owner, members of its organization and site administrators "
					+ "may change this dataset");
		}
		return dataset;
	}

	private List<Organization.Ref> organizations(Dataset dataset) {
		List<Organization.Ref> refs = new ArrayList<>(
				Viewer.current().map(myOrganizations::refs).orElse(List.of()));
		// a site administrator editing another organization's dataset keeps it there
		if (dataset != null && dataset.organization() != null
				&& refs.stream().noneMatch(ref -> ref.id().equals(dataset.organization().id()))) {
			refs.add(0, dataset.organization());
		}
		return refs;
	}
}
