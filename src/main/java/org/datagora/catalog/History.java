package org.datagora.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.datagora.identity.Accounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records every change to a dataset or a resource, in the transaction of the change. */
@Component
class History {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Accounts accounts;

	History(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Accounts accounts) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.accounts = accounts;
	}

	/** One change to record. */
	record Entry(UUID datasetId, UUID resourceId, UUID actorId, String action, List<String> fields) {
	}

	/** Names of the fields whose value differs between {@code before} and {@code after} (same keys). */
	static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
		return before.keySet().stream().filter(key -> !Objects.equals(before.get(key), after.get(key))).toList();
	}

	void record(UUID datasetId, UUID resourceId, UUID actorId, String action, List<String> fields) {
		recordAll(List.of(new Entry(datasetId, resourceId, actorId, action, fields)));
	}

	void recordAll(List<Entry> entries) {
		jdbcTemplate.batchUpdate(
				"insert into catalog_change (dataset_id, resource_id, actor_id, action, fields) values (?, ?, ?, ?, ?)",
				entries.stream()
					.map(entry -> new Object[] { entry.datasetId(), entry.resourceId(), entry.actorId(), entry.action(),
							entry.fields().toArray(String[]::new) })
					.toList());
	}

	List<Change> of(UUID datasetId, int limit) {
		record Row(java.time.Instant at, UUID actor, String action, UUID resource, List<String> fields) {
		}
		List<Row> rows = jdbc.sql("""
				select at, actor_id, action, resource_id, fields from catalog_change
				where dataset_id = ? order by at desc, id desc limit ?
				""")
			.params(datasetId, limit)
			.query((rs, n) -> new Row(Rows.instant(rs, "at"), Rows.uuid(rs, "actor_id"), rs.getString("action"),
					Rows.uuid(rs, "resource_id"), Rows.strings(rs, "fields")))
			.list();
		Set<UUID> actors = new HashSet<>();
		rows.stream().map(Row::actor).filter(Objects::nonNull).forEach(actors::add);
		Map<UUID, String> names = accounts.displayNames(actors);
		return rows.stream()
			.map(row -> new Change(row.at(), row.actor(), row.actor() == null ? null : names.get(row.actor()),
					row.action(), row.resource(), row.fields()))
			.toList();
	}
}
