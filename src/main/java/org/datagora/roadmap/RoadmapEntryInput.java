package org.datagora.roadmap;

import java.time.LocalDate;

/**
 * A new roadmap entry.
 *
 * @param organization id or slug of the organization that would open the dataset
 * @param impact why opening it matters: who would use it, for what
 * @param targetDate the date the organization commits to; none for a proposal
 * @param source where the entry comes from, kept as it is (the address of a data request...)
 */
public record RoadmapEntryInput(String organization, String title, String description, String impact,
		LocalDate targetDate, String source) {
}
