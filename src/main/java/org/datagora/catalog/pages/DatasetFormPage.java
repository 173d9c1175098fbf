package org.datagora.catalog.pages;

import java.util.List;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.Organization;
import org.datagora.web.FormErrors;

/**
 * The dataset form, to create ({@code dataset} null) or to edit, where the page also manages
 * the resources: the remote link form, the upload form, and delete buttons.
 */
public record DatasetFormPage(DatasetForm form, FormErrors errors, List<Organization.Ref> organizations,
		Dataset dataset, ResourceForm resource, FormErrors resourceErrors, String notice) {

	public boolean editing() {
		return dataset != null;
	}

	/** A harvested dataset: its fields follow its source and are shown, not edited. */
	public boolean harvested() {
		return dataset != null && dataset.origin() != null;
	}
}
