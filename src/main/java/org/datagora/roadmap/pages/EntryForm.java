package org.datagora.roadmap.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.datagora.requests.DataRequest;
import org.datagora.roadmap.RoadmapEntry;
import org.datagora.roadmap.RoadmapEntryEdit;
import org.datagora.roadmap.RoadmapEntryInput;
import org.datagora.roadmap.RoadmapFromRequests;
import org.datagora.web.ProblemException;

/**
 * The entry form as submitted: a new entry (with a target date from members, without from
 * others, whose entry is a proposal), a data request turned into one, or an edit of the texts;
 * {@code version} is the version of the entry (or of the request) the editor started from.
 */
public record EntryForm(String title, String description, String impact, String targetDate, Integer version) {

	/** The service field names that this form names differently. */
	static final String[] RENAMES = { "target_date", "targetDate" };

	static EntryForm empty() {
		return new EntryForm("", "", "", "", null);
	}

	static EntryForm of(RoadmapEntry entry) {
		return new EntryForm(entry.title(), entry.description(), entry.impact(), "", entry.version());
	}

	/** A request's texts as the starting point of its entry: what is wanted, and its use case as the impact. */
	static EntryForm of(DataRequest request) {
		return new EntryForm(request.title(), request.description(), request.useCase(), "", request.version());
	}

	RoadmapFromRequests.Turn toTurn() {
		return new RoadmapFromRequests.Turn(title, description, impact, date(targetDate));
	}

	RoadmapEntryInput toInput(String organization) {
		return new RoadmapEntryInput(organization, title, description, impact, date(targetDate), null);
	}

	RoadmapEntryEdit toEdit() {
		return new RoadmapEntryEdit(text(title), text(description), text(impact));
	}

	/** A date field as browsers send it (2026-12-31), null when empty. */
	static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw ProblemException.invalid("target_date", "must be a date such as 2026-12-31");
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
