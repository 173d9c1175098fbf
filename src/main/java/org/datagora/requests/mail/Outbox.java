package org.datagora.requests.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.datagora.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The messages to send, kept in the {@code outbox} table whether or not they are sent. */
@Component
public class Outbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	Outbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A message as site administrators read it; {@code sentAt} null while it is kept. */
	public record Message(long id, String recipient, String subject, String body, Instant createdAt, Instant sentAt,
			int attempts, String lastError) {
	}

	public record Listing(List<Message> messages, long total) {
	}

	void keep(String recipient, String subject, String body) {
		jdbc.sql("insert into outbox (recipient, subject, body, created_at) values (?, ?, ?, ?)")
			.params(recipient, subject, body, Timestamp.from(clock.instant()))
			.update();
	}

	/** Messages newest first, optionally to one address. */
	Listing list(String recipient, PageRequest page) {
		String where = recipient == null || recipient.isBlank() ? "" : " where lower(recipient) = lower(:recipient)";
		var query = jdbc.sql("select * from outbox" + where + " order by id desc limit :limit offset :offset")
			.param("limit", page.pageSize())
			.param("offset", page.offset());
		var count = jdbc.sql("select count(*) from outbox" + where);
		if (!where.isEmpty()) {
			query = query.param("recipient", recipient.strip());
			count = count.param("recipient", recipient.strip());
		}
		return new Listing(query.query(Outbox::message).list(), count.query(Long.class).single());
	}

	static Message message(ResultSet rs, int n) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Message(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
				rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(), rs.getInt("attempts"),
				rs.getString("last_error"));
	}
}
