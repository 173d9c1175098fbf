package org.datagora.requests;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.identity.Viewer;
import org.datagora.web.PageRequest;
import org.datagora.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The requests an organization holds, as its members work through them (a queue with filters),
 * and its response times, which anyone may read.
 */
@Service
public class OrganizationRequests {

	/** The queue's filters: waiting for a first answer, past the month, planned, or everything. */
	public enum Filter {

		NEW("status in ('submitted', 'redirected')", "received_at, id"),
		OVERDUE("status in ('submitted', 'redirected') and " + Filter.DUE + " < :today", "received_at, id"),
		PLANNED("status = 'planned'", "planned_for, id"),
		ALL("true", "status_changed_at desc, id");

		/** The last day to answer, in SQL: the day received in Paris plus the configured period. */
		private static final String DUE = "(cast(received_at at time zone 'Europe/Paris' as date) + :answerWithin)";

		private final String where;

		private final String order;

		Filter(String where, String order) {
			this.where = where;
			this.order = order;
		}

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Filter parse(String code) {
			for (Filter filter : values()) {
				if (filter.code().equals(code == null || code.isBlank() ? "new" : code.strip())) {
					return filter;
				}
			}
			throw ProblemException.invalid("filter", "must be new, overdue, planned or all");
		}
	}

	public record Queue(Organization organization, Filter filter, List<DataRequest> requests, long total) {
	}

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final RequestAssembly assembly;

	private final RequestPermissions permissions;

	private final Deadlines deadlines;

	private final RequestsProperties properties;

	OrganizationRequests(JdbcClient jdbc, Organizations organizations, RequestAssembly assembly,
			RequestPermissions permissions, Deadlines deadlines, RequestsProperties properties) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.assembly = assembly;
		this.permissions = permissions;
		this.deadlines = deadlines;
		this.properties = properties;
	}

	/** The requests of the organization's queue; its members and site administrators only. */
	public Queue queue(String organizationIdOrSlug, String filterCode, PageRequest page) {
		Viewer viewer = RequestPermissions.signedIn();
		Organization organization = organizations.get(organizationIdOrSlug);
		if (!permissions.answersFor(viewer, organization.id())) {
			throw ProblemException.forbidden("Only members of the organization, and site administrators, see its queue");
		}
		Filter filter = Filter.parse(filterCode);
		String where = " from data_request where organization_id = :organization and " + filter.where;
		List<RequestRow> rows = jdbc.sql("select " + RequestRow.COLUMNS + where + " order by " + filter.order
				+ " limit :limit offset :offset")
			.param("organization", organization.id())
			.param("today", Date.valueOf(deadlines.today()))
			.param("answerWithin", interval())
			.param("limit", page.pageSize())
			.param("offset", page.offset())
			.query(RequestRow::of)
			.list();
		long total = jdbc.sql("select count(*)" + where)
			.param("organization", organization.id())
			.param("today", Date.valueOf(deadlines.today()))
			.param("answerWithin", interval())
			.query(Long.class)
			.single();
		return new Queue(organization, filter, assembly.requests(rows), total);
	}

	/** Response times of the requests the organization holds. */
	public ResponseTimes responseTimes(String organizationIdOrSlug) {
		Organization organization = organizations.get(organizationIdOrSlug);
		return jdbc.sql("""
				with held as (
				    select status, cast(received_at at time zone 'Europe/Paris' as date) as received_on,
				           cast(first_answer_at at time zone 'Europe/Paris' as date) as answered_on
				    from data_request where organization_id = :organization and received_at is not null
				), dated as (select *, cast(received_on + :answerWithin as date) as due_on from held)
				select count(answered_on) as answered,
				       count(*) filter (where answered_on <= due_on) as in_time,
				       count(*) filter (where answered_on is null and status <> 'withdrawn' and due_on < :today) as overdue,
				       count(*) filter (where answered_on is null and status <> 'withdrawn' and due_on >= :today) as waiting,
				       percentile_cont(0.5) within group (order by answered_on - received_on) as median_days
				from dated
				""")
			.param("organization", organization.id())
			.param("today", Date.valueOf(deadlines.today()))
			.param("answerWithin", interval())
			.query((rs, n) -> {
				long answered = rs.getLong("answered");
				long inTime = rs.getLong("in_time");
				long overdue = rs.getLong("overdue");
				double median = rs.getDouble("median_days");
				Double medianDays = rs.wasNull() ? null : median;
				Double share = answered + overdue == 0 ? null : (double) inTime / (answered + overdue);
				return new ResponseTimes(answered, inTime, overdue, rs.getLong("waiting"), medianDays, share);
			})
			.single();
	}

	/** The answering period as a PostgreSQL interval. */
	private org.postgresql.util.PGInterval interval() {
		Period period = properties.answerWithin();
		return new org.postgresql.util.PGInterval(period.getYears(), period.getMonths(), period.getDays(), 0, 0, 0);
	}
}
