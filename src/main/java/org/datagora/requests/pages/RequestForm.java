package org.datagora.requests.pages;

import org.datagora.requests.RequestInput;

/**
 * The new-request form as posted. {@code zones} is the zone field (named so that the zone
 * suggestions fill it): its first entry counts. {@code confirmNotDuplicate} is set once the
 * requester has seen the similar requests.
 */
public record RequestForm(String title, String description, String useCase, String requesterType,
		String organization, String zones, String theme, Boolean confirmNotDuplicate) {

	/** The service's field names that the form names differently. */
	static final String[] RENAMES = { "use_case", "useCase", "requester_type", "requesterType", "zone", "zones" };

	static RequestForm empty(String organization) {
		return new RequestForm("", "", "", "citizen", organization == null ? "" : organization, "", "", false);
	}

	RequestInput input() {
		String zone = zones == null ? null : zones.split(",")[0].strip();
		return new RequestInput(title, description, useCase, requesterType, organization, zone, theme);
	}

	boolean confirmed() {
		return Boolean.TRUE.equals(confirmNotDuplicate);
	}

	public String text(String value) {
		return value == null ? "" : value;
	}
}
