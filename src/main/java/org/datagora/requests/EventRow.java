package org.datagora.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A {@code request_event} row as stored. */
record EventRow(long id, UUID requestId, int version, Instant at, UUID actorId, RequestStatus status,
		UUID organizationId, LocalDate plannedFor, String refusalReason, List<UUID> datasets, String note,
		boolean appealRoutesStated) {

	static EventRow of(ResultSet rs, int n) throws SQLException {
		return new EventRow(rs.getLong("id"), rs.getObject("request_id", UUID.class), rs.getInt("version"),
				RequestRow.instant(rs, "at"), rs.getObject("actor_id", UUID.class),
				RequestRow.status(rs.getString("status")), rs.getObject("organization_id", UUID.class),
				rs.getObject("planned_for", LocalDate.class), rs.getString("refusal_reason"),
				RequestRow.uuids(rs, "datasets"), rs.getString("note"), rs.getBoolean("appeal_routes_stated"));
	}
}
