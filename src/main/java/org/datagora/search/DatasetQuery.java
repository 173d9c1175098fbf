package org.datagora.search;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A search of datasets as the API and the search page ask it.
 *
 * @param q the words typed; Solr syntax in them is text, except balanced quotes for phrases
 * @param filters one value per facet, as given in the query parameters
 * @param owner account id of the datasets' owner
 * @param bbox {@code west,south,east,north} in degrees: datasets whose bounding box intersects it
 * @param archived include archived datasets (left out by default)
 * @param sort {@code relevance}, {@code title}, {@code created}, {@code last_update},
 * {@code last_modified}, {@code popularity} or {@code id}; a leading {@code -} sorts descending
 * @param cursor {@code *} or a {@code next_cursor} of a previous answer, for deep pagination
 * @param facets the facets whose counts are wanted
 * @param highlight whether to return highlighted snippets (for the pages)
 * @param publicOnly leave out the private datasets the viewer may see (CKAN's default)
 * @param modified the datasets whose last modification falls in this period, or null for any
 */
public record DatasetQuery(String q, Map<Facet, String> filters, String owner, String bbox, boolean archived,
		String sort, int page, int pageSize, String cursor, Set<Facet> facets, int facetSize, boolean highlight,
		boolean publicOnly, Period modified) {

	public DatasetQuery {
		filters = Map.copyOf(filters);
		facets = Set.copyOf(facets);
	}

	public DatasetQuery(String q, Map<Facet, String> filters, String owner, String bbox, boolean archived,
			String sort, int page, int pageSize, String cursor, Set<Facet> facets, int facetSize, boolean highlight) {
		this(q, filters, owner, bbox, archived, sort, page, pageSize, cursor, facets, facetSize, highlight, false, null);
	}

	/** A period of time; a null end is open, each end is included or not. */
	public record Period(Instant from, boolean fromIncluded, Instant to, boolean toIncluded) {

		/** As a Solr range: {@code [2024-01-01T00:00:00Z TO *]}. */
		String range() {
			return (fromIncluded ? "[" : "{") + (from == null ? "*" : from) + " TO " + (to == null ? "*" : to)
					+ (toIncluded ? "]" : "}");
		}
	}
}
