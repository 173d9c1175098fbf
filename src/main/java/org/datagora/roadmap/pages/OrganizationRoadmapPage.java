package org.datagora.roadmap.pages;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.datagora.catalog.Organization;
import org.datagora.roadmap.RoadmapEntry;
import org.datagora.roadmap.RoadmapOverview;
import org.datagora.roadmap.RoadmapStatus;

/**
 * An organization's roadmap, its entries grouped by status (empty groups left out).
 *
 * @param figures its figures in the overview, null while it has no entry
 * @param supported the proposals the viewer supports
 * @param member whether the viewer may add and move entries
 */
public record OrganizationRoadmapPage(Organization organization, List<Group> groups,
		RoadmapOverview.Figures figures, Set<UUID> supported, boolean member) {

	public record Group(RoadmapStatus status, List<RoadmapEntry> entries) {
	}
}
