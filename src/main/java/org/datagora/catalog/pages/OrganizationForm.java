package org.datagora.catalog.pages;

import org.datagora.catalog.OrganizationInput;

/** The organization form as submitted. */
public record OrganizationForm(String name, String acronym, String type, String description, String website,
		String siret) {

	public static OrganizationForm empty() {
		return new OrganizationForm("", "", "", "", "", "");
	}

	OrganizationInput toInput() {
		return new OrganizationInput(name == null ? "" : name, null, blankToNull(acronym), description,
				null, blankToNull(website), blankToNull(type), blankToNull(siret), null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
