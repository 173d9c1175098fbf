package org.datagora.catalog;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many published datasets, organizations and resources the portal has (home page). The
 * counts scan the catalog, so they are kept: until a change on this node commits, and at most a
 * minute for changes made on other nodes.
 */
@Service
public class CatalogCounts {

	public record Counts(long datasets, long organizations, long resources) {
	}

	private final JdbcClient jdbc;

	private final Cache<Boolean, Counts> recent = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	CatalogCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Counts get() {
		return recent.get(Boolean.TRUE, any -> jdbc.sql("""
				select (select count(*) from dataset where deleted_at is null and not private),
				       (select count(*) from organization where deleted_at is null),
				       (select count(*) from resource r join dataset d on d.id = r.dataset_id
				        where d.deleted_at is null and not d.private)
				""").query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single());
	}

	/** Something counted changed in the current transaction: forget the counts once it commits. */
	void changed() {
		AfterCommit.run(recent::invalidateAll);
	}
}
