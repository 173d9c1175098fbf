package org.datagora.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A dataset (dcat:Dataset) as the API and the pages show it, with its resources.
 * {@code lastModified} is the last change of its metadata, {@code lastUpdate} the last change
 * of its data (a resource added, replaced or changed). {@code origin} is set on harvested
 * datasets.
 */
public record Dataset(UUID id, String slug, String title, String acronym, String description, List<String> tags,
		List<Theme> themes, License license, Frequency frequency, Temporal temporalCoverage, Spatial spatial,
		Organization.Ref organization, Owner owner, ContactPoint contactPoint, AccessType accessType,
		String accessReason, List<DatasetBadge> badges, List<HvdCategory> hvdCategories,
		@JsonProperty("private") boolean isPrivate,
		Instant archived, Instant deleted, Instant createdAt, Instant lastModified, Instant lastUpdate, int version,
		List<Resource> resources, Origin origin) {

	public record Temporal(LocalDate start, LocalDate end) {
	}

	/** {@code bbox}: west, south, east, north in WGS 84 degrees, or null when unknown. */
	public record Spatial(List<String> zones, String granularity, List<Double> bbox) {
	}

	public record Owner(UUID id, String displayName) {
	}

	public record ContactPoint(String name, String email) {
	}
}
