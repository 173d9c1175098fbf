package org.datagora.requests;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datagora.identity.Viewer;
import org.datagora.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion of a request, in Markdown. Anyone signed in comments (within the rate limit,
 * spam refused) and reports a comment; members of the holding organization and site
 * administrators hide and show comments again.
 */
@Service
public class RequestComments {

	private final JdbcClient jdbc;

	private final DataRequests requests;

	private final RequestAssembly assembly;

	private final RequestChecks checks;

	private final RequestPermissions permissions;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	RequestComments(JdbcClient jdbc, DataRequests requests, RequestAssembly assembly, RequestChecks checks,
			RequestPermissions permissions, Deadlines deadlines, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.assembly = assembly;
		this.checks = checks;
		this.permissions = permissions;
		this.deadlines = deadlines;
		this.events = events;
	}

	@Transactional
	public RequestComment add(UUID requestId, String body) {
		Viewer viewer = RequestPermissions.signedIn();
		requests.row(requestId);
		if (DataRequests.blank(body)) {
			throw ProblemException.invalid("body", "is required");
		}
		if (body.length() > 10_000) {
			throw ProblemException.invalid("body", "is longer than 10000 characters");
		}
		checks.commentsWithinRate(viewer.id());
		checks.notSpam(Map.of("body", body));
		UUID id = UUID.randomUUID();
		Instant now = deadlines.now();
		jdbc.sql("insert into request_comment (id, request_id, author_id, body, created_at) values (?, ?, ?, ?, ?)")
			.params(id, requestId, viewer.id(), body.strip(), RequestRow.timestamp(now))
			.update();
		jdbc.sql("update data_request set comment_count = comment_count + 1 where id = ?").param(requestId).update();
		events.publishEvent(new DataRequestCommented(requestId, id, viewer.id()));
		return get(id, viewer);
	}

	/** The comments of a request, oldest first; hidden ones without their body unless the viewer moderates. */
	public List<RequestComment> list(UUID requestId) {
		Viewer viewer = Viewer.current().orElse(null);
		boolean moderates = moderates(viewer, requests.row(requestId));
		return comments("where request_id = ? order by created_at, id", requestId, moderates);
	}

	private RequestComment get(UUID commentId, Viewer viewer) {
		UUID requestId = jdbc.sql("select request_id from request_comment where id = ?").param(commentId)
			.query(UUID.class)
			.single();
		return comments("where id = ?", commentId, moderates(viewer, requests.row(requestId))).get(0);
	}

	/** One report per account; the count tells moderators what to look at. */
	@Transactional
	public RequestComment report(UUID requestId, UUID commentId) {
		Viewer viewer = RequestPermissions.signedIn();
		find(requestId, commentId);
		int added = jdbc.sql("insert into request_comment_report (comment_id, account_id, at) values (?, ?, ?) "
				+ "on conflict do nothing")
			.params(commentId, viewer.id(), RequestRow.timestamp(deadlines.now()))
			.update();
		if (added > 0) {
			jdbc.sql("update request_comment set report_count = report_count + 1 where id = ?").param(commentId).update();
		}
		return get(commentId, viewer);
	}

	@Transactional
	public RequestComment moderate(UUID requestId, UUID commentId, boolean hidden) {
		Viewer viewer = RequestPermissions.signedIn();
		Comment comment = find(requestId, commentId);
		RequestRow request = requests.row(comment.requestId());
		if (!moderates(viewer, request)) {
			throw ProblemException.forbidden(
					"Only members of the organization holding the request, and site administrators, moderate comments");
		}
		jdbc.sql("update request_comment set hidden_at = ?, hidden_by = ? where id = ?")
			.params(hidden ? RequestRow.timestamp(deadlines.now()) : null, hidden ? viewer.id() : null, commentId)
			.update();
		return get(commentId, viewer);
	}

	/** Whether the viewer moderates the comments of {@code request}. */
	public boolean moderates(Viewer viewer, UUID requestId) {
		return moderates(viewer, requests.row(requestId));
	}

	private boolean moderates(Viewer viewer, RequestRow request) {
		return permissions.answersFor(viewer, request.organizationId());
	}

	private record Comment(UUID id, UUID requestId, UUID authorId, String body, Instant createdAt, boolean hidden,
			int reportCount) {
	}

	/** The comment, if it is one of {@code requestId}'s. */
	private Comment find(UUID requestId, UUID commentId) {
		return jdbc.sql("select * from request_comment where id = ? and request_id = ?")
			.params(commentId, requestId)
			.query(RequestComments::comment)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("Comment " + commentId));
	}

	private List<RequestComment> comments(String where, UUID key, boolean moderates) {
		List<Comment> rows = jdbc.sql("select * from request_comment " + where)
			.param(key)
			.query(RequestComments::comment)
			.list();
		Set<UUID> authors = new HashSet<>();
		rows.forEach(row -> authors.add(row.authorId()));
		Map<UUID, String> names = assembly.names(authors);
		return rows.stream()
			.map(row -> new RequestComment(row.id(), new DataRequest.Person(row.authorId(), names.get(row.authorId())),
					row.hidden() && !moderates ? null : row.body(), row.createdAt(), row.hidden(), row.reportCount()))
			.toList();
	}

	private static Comment comment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Comment(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
				rs.getObject("author_id", UUID.class), rs.getString("body"), RequestRow.instant(rs, "created_at"),
				rs.getTimestamp("hidden_at") != null, rs.getInt("report_count"));
	}
}
