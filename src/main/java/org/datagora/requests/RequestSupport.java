package org.datagora.requests;

import java.util.List;
import java.util.UUID;

import org.datagora.identity.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support (+1, one per account, can be withdrawn) and following (notifications of every change).
 * Doing either twice changes nothing.
 */
@Service
public class RequestSupport {

	private final JdbcClient jdbc;

	private final DataRequests requests;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	RequestSupport(JdbcClient jdbc, DataRequests requests, Deadlines deadlines, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.deadlines = deadlines;
		this.events = events;
	}

	/** What the viewer does with a request: supports it, follows it; and how many support it. */
	public record Engagement(boolean supported, boolean following, int supportCount) {
	}

	@Transactional
	public Engagement support(UUID requestId, boolean supported) {
		Viewer viewer = RequestPermissions.signedIn();
		requests.row(requestId);
		int changed = supported ? jdbc.sql("""
				insert into request_support (request_id, account_id, at) values (?, ?, ?) on conflict do nothing
				""").params(requestId, viewer.id(), RequestRow.timestamp(deadlines.now())).update()
				: jdbc.sql("delete from request_support where request_id = ? and account_id = ?")
					.params(requestId, viewer.id())
					.update();
		if (changed > 0) {
			jdbc.sql("update data_request set support_count = support_count + ? where id = ?")
				.params(supported ? 1 : -1, requestId)
				.update();
			events.publishEvent(new DataRequestSupportChanged(requestId));
		}
		return engagement(requestId, viewer);
	}

	@Transactional
	public Engagement follow(UUID requestId, boolean following) {
		Viewer viewer = RequestPermissions.signedIn();
		requests.row(requestId);
		if (following) {
			jdbc.sql("insert into request_follower (request_id, account_id, at) values (?, ?, ?) on conflict do nothing")
				.params(requestId, viewer.id(), RequestRow.timestamp(deadlines.now()))
				.update();
		}
		else {
			jdbc.sql("delete from request_follower where request_id = ? and account_id = ?")
				.params(requestId, viewer.id())
				.update();
		}
		return engagement(requestId, viewer);
	}

	/** The viewer's engagement; nothing chosen for anonymous visitors. */
	public Engagement engagement(UUID requestId, Viewer viewer) {
		return jdbc.sql("""
				select r.support_count,
				       exists (select 1 from request_support s where s.request_id = r.id and s.account_id = :viewer),
				       exists (select 1 from request_follower f where f.request_id = r.id and f.account_id = :viewer)
				from data_request r where r.id = :id
				""")
			.param("viewer", viewer == null ? null : viewer.id())
			.param("id", requestId)
			.query((rs, n) -> new Engagement(rs.getBoolean(2), rs.getBoolean(3), rs.getInt(1)))
			.single();
	}

	/** Who follows a request, for notifications. */
	public List<UUID> followers(UUID requestId) {
		return jdbc.sql("select account_id from request_follower where request_id = ? order by at")
			.param(requestId)
			.query(UUID.class)
			.list();
	}
}
