package org.datagora.roadmap.pages;

import java.time.LocalDate;

import org.datagora.catalog.Organization;
import org.datagora.roadmap.RoadmapEntry;
import org.datagora.web.FormErrors;

/**
 * The form of a new entry of an organization ({@code entry} null) or of an edit.
 *
 * @param member whether a new entry goes straight into the roadmap (with its target date) or is a
 * proposal
 * @param today the earliest target date, for the date field
 */
public record EntryFormPage(Organization.Ref organization, RoadmapEntry entry, boolean member, EntryForm form,
		FormErrors errors, LocalDate today) {

	public boolean editing() {
		return entry != null;
	}
}
