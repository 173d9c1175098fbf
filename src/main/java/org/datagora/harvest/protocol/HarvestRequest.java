package org.datagora.harvest.protocol;

import java.net.URI;
import java.util.Map;

/**
 * What to harvest: the source's URL and its protocol options, for example {@code organization}
 * or {@code tag} at the source for CKAN and udata, {@code output_schema} for CSW.
 *
 * @param maxItems stop after this many items (a preview), or 0 for all
 */
public record HarvestRequest(URI url, Map<String, String> options, int maxItems) {

	public HarvestRequest {
		options = options == null ? Map.of() : Map.copyOf(options);
	}

	public String option(String name) {
		String value = options.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
