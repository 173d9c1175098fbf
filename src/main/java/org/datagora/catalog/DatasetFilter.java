package org.datagora.catalog;

/**
 * The plain lists of the catalog's own pages (the latest datasets, those of an organization, those
 * with a badge), read from PostgreSQL so that a publisher sees a change at once. Searching with
 * words, facets and every other filter is the search module's.
 *
 * @param organization id or slug; null for all
 * @param badge a badge code; null for all
 * @param sort {@code title}, {@code created}, {@code last_update}, {@code last_modified}; a
 * leading {@code -} sorts descending
 */
public record DatasetFilter(String organization, String badge, String sort) {

	public static DatasetFilter all() {
		return new DatasetFilter(null, null, null);
	}

	public DatasetFilter sortedBy(String newSort) {
		return new DatasetFilter(organization, badge, newSort);
	}
}
