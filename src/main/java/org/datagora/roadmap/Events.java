package org.datagora.roadmap;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datagora.identity.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of entries, written in the transaction of each change and never rewritten. */
@Component
class Events {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	Events(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** A change to record; the statuses and dates are those before and after it. */
	record Change(String action, RoadmapStatus oldStatus, RoadmapStatus newStatus, LocalDate oldTargetDate,
			LocalDate newTargetDate, String reason, UUID datasetId, List<String> fields) {

		static Change created(String action, RoadmapStatus status, LocalDate targetDate) {
			return new Change(action, null, status, null, targetDate, null, null, List.of());
		}

		static Change edited(List<String> fields) {
			return new Change("edited", null, null, null, null, null, null, fields);
		}
	}

	void record(UUID entryId, UUID actorId, Instant at, Change change) {
		jdbc.sql("""
				insert into roadmap_event (entry_id, at, actor_id, action, old_status, new_status, old_target_date,
				    new_target_date, reason, dataset_id, fields)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(entryId, Timestamp.from(at), actorId, change.action(), code(change.oldStatus()),
					code(change.newStatus()), EntryRows.date(change.oldTargetDate()),
					EntryRows.date(change.newTargetDate()), change.reason(), change.datasetId(),
					change.fields().toArray(String[]::new))
			.update();
	}

	/** The history of an entry, oldest first, with the names of the people who made it. */
	List<RoadmapEvent> of(UUID entryId) {
		record Row(Instant at, UUID actor, Change change) {
		}
		List<Row> rows = jdbc.sql("select * from roadmap_event where entry_id = ? order by id")
			.param(entryId)
			.query((rs, n) -> new Row(rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
					new Change(rs.getString("action"), status(rs, "old_status"), status(rs, "new_status"),
							EntryRows.localDate(rs, "old_target_date"), EntryRows.localDate(rs, "new_target_date"),
							rs.getString("reason"), rs.getObject("dataset_id", UUID.class), strings(rs, "fields"))))
			.list();
		Map<UUID, String> names = accounts.displayNames(rows.stream().map(Row::actor).distinct().toList());
		return rows.stream().map(row -> {
			Change change = row.change();
			return new RoadmapEvent(row.at(), row.actor(), names.get(row.actor()), change.action(), change.oldStatus(),
					change.newStatus(), change.oldTargetDate(), change.newTargetDate(), change.reason(),
					change.datasetId(), change.fields());
		}).toList();
	}

	private static String code(RoadmapStatus status) {
		return status == null ? null : status.code();
	}

	private static RoadmapStatus status(ResultSet rs, String column) throws SQLException {
		String code = rs.getString(column);
		return code == null ? null : RoadmapStatus.fromCode(code, column);
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
