package org.datagora.roadmap.pages;

import java.time.LocalDate;

import org.datagora.catalog.Organization;
import org.datagora.requests.DataRequest;
import org.datagora.roadmap.RoadmapEntry;
import org.datagora.web.FormErrors;

/**
 * The form of a new entry of an organization ({@code entry} null), of an edit, or of a data
 * request turned into an entry ({@code request} not null).
 *
 * @param member whether a new entry goes straight into the roadmap (with its target date) or is a
 * proposal
 * @param today the earliest target date, for the date field
 */
public record EntryFormPage(Organization.Ref organization, RoadmapEntry entry, boolean member, EntryForm form,
		FormErrors errors, LocalDate today, DataRequest request) {

	public boolean editing() {
		return entry != null;
	}

	public boolean fromRequest() {
		return request != null;
	}

	/** Where the form posts. */
	public String action() {
		if (editing()) {
			return "/roadmaps/entries/" + entry.id() + "/edit";
		}
		return fromRequest() ? "/requests/" + request.id() + "/roadmap-entry"
				: "/organizations/" + organization.slug() + "/roadmap/new";
	}

	/** Where its back button goes. */
	public String back() {
		if (editing()) {
			return "/roadmaps/entries/" + entry.id();
		}
		return fromRequest() ? "/requests/" + request.id() : "/organizations/" + organization.slug() + "/roadmap";
	}
}
