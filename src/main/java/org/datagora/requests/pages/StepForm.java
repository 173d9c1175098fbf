package org.datagora.requests.pages;

import java.util.Arrays;
import java.util.List;

import org.datagora.requests.StepInput;

/**
 * The answer form of a request as posted: the next status and what it needs. Datasets are typed
 * as their addresses or slugs, separated by spaces or commas; {@code version} is the version of
 * the request the page showed.
 */
public record StepForm(String status, String organization, String plannedFor, String refusalReason,
		String datasets, String note, Boolean appealRoutesStated, Integer version) {

	/** The service's field names that the form names differently. */
	static final String[] RENAMES = { "planned_for", "plannedFor", "refusal_reason", "refusalReason" };

	static StepForm empty(int version) {
		return new StepForm("", "", "", "", "", "", false, version);
	}

	StepInput input() {
		return new StepInput(status, organization, plannedFor, refusalReason, datasetKeys(), note, appealRoutesStated);
	}

	/** A dataset page's address counts as its slug: the last segment of the path. */
	private List<String> datasetKeys() {
		if (datasets == null) {
			return List.of();
		}
		return Arrays.stream(datasets.split("[\\s,]+"))
			.map(key -> key.replaceAll("[?#].*$", "").replaceAll("/+$", ""))
			.map(key -> key.substring(key.lastIndexOf('/') + 1))
			.filter(key -> !key.isBlank())
			.toList();
	}

	public String text(String value) {
		return value == null ? "" : value;
	}
}
