package org.datagora.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Fields of a dataset to create or change. On update a null (absent) field is left as it is;
 * an empty string or list clears it.
 *
 * @param organization id or slug of the publishing organization; none means published by the
 * signed-in user
 */
public record DatasetInput(String title, String slug, String acronym, String description, List<String> tags,
		List<String> themes, String license, String frequency, TemporalInput temporalCoverage, SpatialInput spatial,
		String organization, ContactInput contactPoint, String accessType, String accessReason, List<String> badges,
		List<String> hvdCategories, @JsonProperty("private") Boolean isPrivate, Boolean archived) {

	public DatasetInput(String title, String slug, String acronym, String description, List<String> tags,
			List<String> themes, String license, String frequency, TemporalInput temporalCoverage, SpatialInput spatial,
			String organization, ContactInput contactPoint, String accessType, String accessReason, List<String> badges,
			Boolean isPrivate, Boolean archived) {
		this(title, slug, acronym, description, tags, themes, license, frequency, temporalCoverage, spatial,
				organization, contactPoint, accessType, accessReason, badges, null, isPrivate, archived);
	}

	public record TemporalInput(String start, String end) {
	}

	/**
	 * @param bbox west, south, east, north in WGS 84 degrees (GeoJSON's order); an empty list
	 * removes it
	 */
	public record SpatialInput(List<String> zones, String granularity, List<Double> bbox) {

		public SpatialInput(List<String> zones, String granularity) {
			this(zones, granularity, null);
		}
	}

	public record ContactInput(String name, String email) {
	}
}
