package org.datagora.roadmap.pages;

import java.time.LocalDate;

import org.datagora.roadmap.RoadmapEntry;
import org.datagora.roadmap.RoadmapStatus;
import org.datagora.web.FormErrors;

/** The form that moves an entry to {@code target}, with the fields that move needs. */
public record MovePage(RoadmapEntry entry, RoadmapStatus target, MoveForm form, FormErrors errors,
		LocalDate today) {
}
