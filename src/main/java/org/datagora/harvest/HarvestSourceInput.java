package org.datagora.harvest;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Fields of a harvest source to create or change; on update a null field is left as it is.
 *
 * @param organization id or slug of the organization the datasets are published under
 * @param options protocol options, for example {@code organization} or {@code tag} at the source
 */
public record HarvestSourceInput(String organization, String name, String url, String protocol,
		Map<String, String> options, String schedule, @JsonProperty("grace_days") Integer graceDays) {
}
