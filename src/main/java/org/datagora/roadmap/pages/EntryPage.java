package org.datagora.roadmap.pages;

import java.util.List;

import org.datagora.roadmap.RoadmapEntry;
import org.datagora.roadmap.RoadmapEvent;

/**
 * An entry with its history.
 *
 * @param datasetTitle the title of the dataset it became, null when that dataset is not visible
 * any more (the link by id stays)
 * @param member whether the viewer may move it
 * @param canEdit whether the viewer may reword it (members, or its proposer while it is a proposal)
 */
public record EntryPage(RoadmapEntry entry, String descriptionHtml, String impactHtml, List<RoadmapEvent> events,
		String datasetTitle, boolean supported, boolean member, boolean canEdit) {
}
