package org.datagora.requests;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A {@code data_request} row as stored, before names and the legal clock are added. */
record RequestRow(UUID id, String title, String description, String useCase, String requesterType,
		UUID requesterId, UUID organizationId, String zoneId, String theme, RequestStatus status, Instant submittedAt,
		Instant statusChangedAt, Instant receivedAt, Instant firstAnswerAt, LocalDate plannedFor,
		String refusalReason, List<UUID> datasets, boolean appealRoutesStated, int supportCount, int commentCount,
		int version) {

	static final String COLUMNS = """
			id, title, description, use_case, requester_type, requester_id, organization_id, zone_id, theme, status,
			submitted_at, status_changed_at, received_at, first_answer_at, planned_for, refusal_reason, datasets,
			appeal_routes_stated, support_count, comment_count, version
			""";

	static RequestRow of(ResultSet rs, int n) throws SQLException {
		return new RequestRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				rs.getString("use_case"), rs.getString("requester_type"), rs.getObject("requester_id", UUID.class),
				rs.getObject("organization_id", UUID.class), rs.getString("zone_id"), rs.getString("theme"),
				status(rs.getString("status")), instant(rs, "submitted_at"), instant(rs, "status_changed_at"),
				instant(rs, "received_at"), instant(rs, "first_answer_at"),
				rs.getObject("planned_for", LocalDate.class), rs.getString("refusal_reason"), uuids(rs, "datasets"),
				rs.getBoolean("appeal_routes_stated"), rs.getInt("support_count"), rs.getInt("comment_count"),
				rs.getInt("version"));
	}

	static RequestStatus status(String code) {
		return org.datagora.catalog.Coded.parse(RequestStatus.class, code, "status");
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
