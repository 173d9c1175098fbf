package org.datagora.harvest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A catalog harvested on behalf of an organization.
 *
 * @param validation "pending" until a site admin accepts ("accepted") or refuses ("refused") it;
 * only accepted sources run, any may be previewed
 * @param schedule "daily", "weekly", or null when it runs only on demand
 * @param graceDays days a dataset gone from the source stays before it is archived
 */
public record HarvestSource(UUID id, UUID organizationId, String name, String url, String protocol,
		Map<String, String> options, String schedule, int graceDays, String validation, String validationNote,
		Instant validatedAt, Instant createdAt, int version) {

	public boolean accepted() {
		return "accepted".equals(validation);
	}
}
