package org.datagora.catalog;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The editable fields of a dataset as stored, so that an update can tell exactly which fields
 * it changed (for the history) and skip writing when nothing did.
 */
record DatasetState(String slug, String title, String acronym, String description, List<String> tags,
		List<String> themes, String license, String frequency, LocalDate temporalStart, LocalDate temporalEnd,
		List<String> spatialZones, String spatialGranularity, List<Double> spatialBbox, UUID organizationId, UUID ownerId, String contactName,
		String contactEmail, String accessType, String accessReason, List<String> badges, List<String> hvdCategories,
		boolean isPrivate,
		boolean archived) {

	/** Field values under the names the API uses. */
	Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("slug", slug);
		fields.put("title", title);
		fields.put("acronym", acronym);
		fields.put("description", description);
		fields.put("tags", tags);
		fields.put("themes", themes);
		fields.put("license", license);
		fields.put("frequency", frequency);
		fields.put("temporal_coverage.start", temporalStart);
		fields.put("temporal_coverage.end", temporalEnd);
		fields.put("spatial.zones", spatialZones);
		fields.put("spatial.granularity", spatialGranularity);
		fields.put("spatial.bbox", spatialBbox);
		fields.put("organization", organizationId);
		fields.put("owner", ownerId);
		fields.put("contact_point.name", contactName);
		fields.put("contact_point.email", contactEmail);
		fields.put("access_type", accessType);
		fields.put("access_reason", accessReason);
		fields.put("badges", badges);
		fields.put("hvd_categories", hvdCategories);
		fields.put("private", isPrivate);
		fields.put("archived", archived);
		return fields;
	}

	/** Names of the fields whose value differs in {@code other}. */
	List<String> changedIn(DatasetState other) {
		return History.changedFields(fields(), other.fields());
	}
}
