package org.datagora.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The timeline of requests: {@code request_event} is only ever appended to (a trigger refuses the rest). */
@Component
class EventLog {

	private final JdbcClient jdbc;

	EventLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends a step (its id is ignored) and answers its id. */
	long append(EventRow step) {
		return jdbc.sql("""
				insert into request_event (request_id, version, at, actor_id, status, organization_id, planned_for,
				    refusal_reason, datasets, note, appeal_routes_stated)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id
				""")
			.params(step.requestId(), step.version(), RequestRow.timestamp(step.at()), step.actorId(),
					step.status().code(), step.organizationId(), step.plannedFor(), step.refusalReason(),
					step.datasets().toArray(UUID[]::new), step.note(), step.appealRoutesStated())
			.query(Long.class)
			.single();
	}

	List<EventRow> of(UUID requestId) {
		return jdbc.sql("select * from request_event where request_id = ? order by id")
			.param(requestId)
			.query(EventRow::of)
			.list();
	}

	EventRow get(long id) {
		return jdbc.sql("select * from request_event where id = ?").param(id).query(EventRow::of).single();
	}
}
