package org.datagora.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A publisher: a ministry, an agency, a local authority, a company... */
public record Organization(UUID id, String slug, String name, String acronym, String description, String logoUrl,
		String website, OrganizationType type, String siret, List<OrganizationBadge> badges, Instant createdAt,
		Instant modifiedAt, int version) {

	/** The short form shown on datasets. */
	public record Ref(UUID id, String slug, String name, String acronym) {
	}

	public Ref ref() {
		return new Ref(id, slug, name, acronym);
	}
}
