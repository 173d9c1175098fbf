package org.datagora.requests;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of request ids in the order of the search, the number of matches, and the counts of
 * each facet with their labels in the current language, largest first.
 */
public record RequestHits(List<UUID> ids, long total, Map<RequestFacet, List<FacetCount>> facets) {

	/** A value of a facet; {@code selected} when it is the current filter. */
	public record FacetCount(String value, String label, long count, boolean selected) {
	}
}
