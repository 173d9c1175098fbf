package org.datagora.catalog.pages;

import org.datagora.catalog.ResourceInput;

/** The resource forms of the dataset edit page: a remote link, or a file (its title and type). */
public record ResourceForm(String resourceTitle, String url, String format, String resourceType) {

	public static ResourceForm empty() {
		return new ResourceForm("", "", "", "main");
	}

	ResourceInput remote() {
		return new ResourceInput(resourceTitle == null ? "" : resourceTitle, null, blankToNull(resourceType), url,
				blankToNull(format), null, null, null);
	}

	ResourceInput file() {
		return new ResourceInput(blankToNull(resourceTitle), null, blankToNull(resourceType), null, null, null, null,
				null);
	}

	static final String[] RENAMES = { "title", "resourceTitle", "type", "resourceType" };

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
