package org.datagora.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The catalog as search engines and feed readers see it, whoever asks: datasets neither private
 * nor deleted, organizations not deleted. Sitemaps read it in id order, a batch at a time
 * (keyset), so a page of 50,000 entries is written as it is read, never held.
 */
@Service
public class PublicCatalog {

	/** A public page to list: its slug and when what it shows last changed. */
	public record Listed(String slug, Instant modified) {
	}

	private static final int BATCH = 1_000;

	// below every random id: the start of a walk, so that one query serves every batch
	private static final UUID BEFORE_ALL = new UUID(0, 0);

	/** A kind of page, walked as {@code t}: its table, which rows are public and what dates them. */
	private record Table(String name, String visible, String modified) {
	}

	private static final Table DATASETS = new Table("dataset", "t.deleted_at is null and not t.private",
			"t.modified_at");

	// an organization's page lists its datasets (public, not archived): it changes when they do
	private static final Table ORGANIZATIONS = new Table("organization", "t.deleted_at is null", """
			greatest(t.modified_at, (select max(d.modified_at) from dataset d where d.organization_id = t.id
			    and d.deleted_at is null and not d.private and d.archived_at is null))""");

	private final JdbcClient jdbc;

	private final Datasets datasets;

	PublicCatalog(JdbcClient jdbc, Datasets datasets) {
		this.jdbc = jdbc;
		this.datasets = datasets;
	}

	public long datasetCount() {
		return count(DATASETS);
	}

	public long organizationCount() {
		return count(ORGANIZATIONS);
	}

	/** The public datasets from position {@code skip} in id order, at most {@code limit}. */
	public void datasets(long skip, int limit, Consumer<Listed> each) {
		walk(DATASETS, skip, limit, each);
	}

	/** The organizations from position {@code skip} in id order, at most {@code limit}. */
	public void organizations(long skip, int limit, Consumer<Listed> each) {
		walk(ORGANIZATIONS, skip, limit, each);
	}

	/**
	 * The {@code limit} public datasets modified last, of one organization or (null) of all,
	 * newest first; archived ones are left out, as in the lists of the pages.
	 */
	public List<Dataset> recentlyModified(UUID organizationId, int limit) {
		// two statements rather than "(:organization is null or ...)", which would keep the
		// planner from the organization's index
		var query = jdbc.sql("select id from dataset where deleted_at is null and not private and archived_at is null"
				+ (organizationId == null ? "" : " and organization_id = :organization")
				+ " order by modified_at desc, id limit :limit")
			.param("limit", limit);
		if (organizationId != null) {
			query = query.param("organization", organizationId);
		}
		return datasets.byIds(query.query(UUID.class).list());
	}

	private long count(Table table) {
		return jdbc.sql("select count(*) from " + table.name() + " t where " + table.visible())
			.query(Long.class)
			.single();
	}

	private void walk(Table table, long skip, int limit, Consumer<Listed> each) {
		UUID after = BEFORE_ALL;
		if (skip > 0) {
			after = jdbc.sql("select t.id from " + table.name() + " t where " + table.visible()
					+ " order by t.id offset :skip limit 1")
				.param("skip", skip - 1)
				.query(UUID.class)
				.optional()
				.orElse(null);
			if (after == null) {
				return;
			}
		}
		String batch = "select t.id, t.slug, " + table.modified() + " as modified from " + table.name() + " t where "
				+ table.visible() + " and t.id > :after order by t.id limit :limit";
		for (int left = limit; left > 0;) {
			int size = Math.min(BATCH, left);
			List<Row> rows = jdbc.sql(batch)
				.param("after", after)
				.param("limit", size)
				.query((rs, n) -> new Row(Rows.uuid(rs, "id"),
						new Listed(rs.getString("slug"), Rows.instant(rs, "modified"))))
				.list();
			rows.forEach(row -> each.accept(row.listed()));
			if (rows.size() < size) {
				return;
			}
			after = rows.get(rows.size() - 1).id();
			left -= size;
		}
	}

	private record Row(UUID id, Listed listed) {
	}
}
