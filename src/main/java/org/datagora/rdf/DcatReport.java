package org.datagora.rdf;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the official DCAT-AP 3.0.1 shapes say of a dataset's export: {@code violations} break the
 * profile (mandatory properties, classes of values, and for a high-value dataset the HVD rules);
 * {@code recommendations} are the recommended properties it lacks.
 */
public record DcatReport(UUID dataset, String slug, String title, boolean hvd, List<Finding> violations,
		List<Finding> recommendations) {

	@JsonProperty("conforms")
	public boolean conforms() {
		return violations.isEmpty();
	}

	/**
	 * @param rules which shapes: {@code mandatory}, {@code range}, {@code hvd} or {@code recommended}
	 * @param focus what the finding is about: the dataset, one of its resources, or another node
	 * @param path the property, as a prefixed name
	 * @param message the shape's message
	 * @param value the offending value, if any
	 */
	public record Finding(String rules, String focus, String path, String message, String value) {
	}
}
