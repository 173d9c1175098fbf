package org.datagora.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.datagora.catalog.Organization;

/**
 * A dataset on an organization's roadmap, as the API and the pages show it.
 *
 * @param late derived, never stored: under way (planned, in progress, postponed) with a target
 * date before today
 * @param targetDate the date the organization commits to now; null for a proposal
 * @param committedDate the first date it committed to, by which the on-time rate judges an opening
 * @param datasetId the catalog dataset the entry became, once opened
 * @param reason why it was last postponed, abandoned or declined
 * @param source where it comes from, as given (the address of a data request...)
 * @param createdBy the account that proposed it, or put it straight into the roadmap
 */
public record RoadmapEntry(UUID id, Organization.Ref organization, String title, String description, String impact,
		RoadmapStatus status, boolean late, LocalDate targetDate, LocalDate committedDate, LocalDate openedOn,
		UUID datasetId, String reason, String source, int supporters, UUID createdBy, Instant createdAt,
		Instant modifiedAt, int version) {
}
