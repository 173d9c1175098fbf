package org.datagora.catalog;

/**
 * Filters of the dataset list; each null filter is not applied.
 *
 * @param q words in the title, acronym or tags (plain PostgreSQL matching until search lands)
 * @param organization id or slug
 * @param owner account id
 * @param zone geo zone id; datasets about any zone inside it match too
 * @param archived include archived datasets (they are left out by default)
 * @param sort {@code title}, {@code created}, {@code last_update}, {@code last_modified}; a
 * leading {@code -} sorts descending
 */
public record DatasetFilter(String q, String organization, String owner, String tag, String license, String format,
		String badge, String zone, String theme, Boolean archived, String sort) {

	public static DatasetFilter all() {
		return new DatasetFilter(null, null, null, null, null, null, null, null, null, null, null);
	}

	public DatasetFilter sortedBy(String newSort) {
		return new DatasetFilter(q, organization, owner, tag, license, format, badge, zone, theme, archived, newSort);
	}
}
