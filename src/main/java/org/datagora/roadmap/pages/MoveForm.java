package org.datagora.roadmap.pages;

import org.datagora.roadmap.RoadmapEntry;
import org.datagora.roadmap.StatusChange;

/** A move to another status as submitted, with the version the member started from. */
public record MoveForm(String status, String targetDate, String dataset, String reason, Integer version) {

	static MoveForm to(String status, RoadmapEntry entry) {
		return new MoveForm(status, "", "", "", entry.version());
	}

	StatusChange toChange() {
		return new StatusChange(status, EntryForm.date(targetDate), dataset, reason);
	}
}
