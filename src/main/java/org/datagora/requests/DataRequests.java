package org.datagora.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.datagora.catalog.Coded;
import org.datagora.catalog.Organizations;
import org.datagora.catalog.Theme;
import org.datagora.geo.GeoZone;
import org.datagora.geo.GeoZones;
import org.datagora.identity.Viewer;
import org.datagora.web.FieldProblem;
import org.datagora.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits and reads requests. Anyone reads them; submitting needs an account, passes the spam
 * and rate checks, and shows similar requests first unless the requester confirms theirs is
 * another one. Search reads requests here to index them ({@link #readByIds}, {@link #scan}).
 */
@Service
public class DataRequests {

	private final JdbcClient jdbc;

	private final RequestAssembly assembly;

	private final RequestChecks checks;

	private final EventLog log;

	private final Organizations organizations;

	private final GeoZones zones;

	private final RequestSearch search;

	private final RequestsProperties properties;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	DataRequests(JdbcClient jdbc, RequestAssembly assembly, RequestChecks checks, EventLog log,
			Organizations organizations, GeoZones zones, RequestSearch search, RequestsProperties properties,
			Deadlines deadlines, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.assembly = assembly;
		this.checks = checks;
		this.log = log;
		this.organizations = organizations;
		this.zones = zones;
		this.search = search;
		this.properties = properties;
		this.deadlines = deadlines;
		this.events = events;
	}

	/**
	 * A new request, held by the organization named (its legal clock starts now) or by none.
	 *
	 * @param confirmNotDuplicate false to be answered 409 with similar requests, if any
	 */
	@Transactional
	public DataRequest submit(RequestInput input, boolean confirmNotDuplicate) {
		Viewer viewer = RequestPermissions.signedIn();
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "title", input.title(), 200);
		required(problems, "description", input.description(), 20_000);
		required(problems, "use_case", input.useCase(), 20_000);
		RequesterType type = parse(problems, RequesterType.class, input.requesterType(), "requester_type");
		if (blank(input.requesterType())) {
			problems.add(new FieldProblem("requester_type", "is required"));
		}
		UUID organizationId = null;
		if (!blank(input.organization())) {
			organizationId = organizations.find(input.organization().strip()).map(o -> o.id()).orElse(null);
			if (organizationId == null) {
				problems.add(new FieldProblem("organization", "unknown organization '" + input.organization() + "'"));
			}
		}
		String zone = null;
		if (!blank(input.zone())) {
			zone = zones.match(input.zone()).map(GeoZone::id).orElse(null);
			if (zone == null) {
				problems.add(new FieldProblem("zone", "unknown zone '" + input.zone().strip() + "'"));
			}
		}
		Theme theme = blank(input.theme()) ? null : parse(problems, Theme.class, input.theme(), "theme");
		if (!problems.isEmpty()) {
			throw ProblemException.invalid(problems);
		}
		checks.requestsWithinRate(viewer.id());
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", input.title());
		texts.put("description", input.description());
		texts.put("use_case", input.useCase());
		checks.notSpam(texts);
		if (!confirmNotDuplicate) {
			List<DataRequest> similar = readByIds(search.similar(input.title(), properties.similarShown()));
			if (!similar.isEmpty()) {
				throw new DuplicateRequestsException(similar);
			}
		}
		UUID id = UUID.randomUUID();
		Instant now = deadlines.now();
		jdbc.sql("""
				insert into data_request (id, title, description, use_case, requester_type, requester_id,
				    organization_id, zone_id, theme, status, submitted_at, status_changed_at, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?)
				""")
			.params(id, input.title().strip(), input.description().strip(), input.useCase().strip(), type.code(),
					viewer.id(), organizationId, zone, theme == null ? null : theme.code(), RequestRow.timestamp(now),
					RequestRow.timestamp(now), organizationId == null ? null : RequestRow.timestamp(now))
			.update();
		log.append(new EventRow(0, id, 1, now, viewer.id(), RequestStatus.SUBMITTED, organizationId, null, null,
				List.of(), null, false));
		events.publishEvent(new DataRequestSubmitted(id));
		return get(id);
	}

	public DataRequest get(UUID id) {
		return assembly.requests(List.of(row(id))).get(0);
	}

	RequestRow row(UUID id) {
		return jdbc.sql("select " + RequestRow.COLUMNS + " from data_request where id = ?")
			.param(id)
			.query(RequestRow::of)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("Request " + id));
	}

	/** The requests among {@code ids} that exist, in the order of {@code ids}. */
	public List<DataRequest> readByIds(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, RequestRow> found = new HashMap<>();
		jdbc.sql("select " + RequestRow.COLUMNS + " from data_request where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(RequestRow::of)
			.list()
			.forEach(row -> found.put(row.id(), row));
		return assembly.requests(ids.stream().map(found::get).filter(Objects::nonNull).toList());
	}

	/**
	 * The next {@code limit} requests by id after {@code after} (null to start), optionally of one
	 * holding organization: a walk of them all, for indexing.
	 */
	public List<DataRequest> scan(UUID organizationId, UUID after, int limit) {
		return assembly.requests(jdbc.sql("select " + RequestRow.COLUMNS + """
				 from data_request
				where (cast(:after as uuid) is null or id > :after)
				  and (cast(:organization as uuid) is null or organization_id = :organization)
				order by id limit :limit
				""")
			.param("after", after)
			.param("organization", organizationId)
			.param("limit", limit)
			.query(RequestRow::of)
			.list());
	}

	public long count() {
		return jdbc.sql("select count(*) from data_request").query(Long.class).single();
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (blank(value)) {
			problems.add(new FieldProblem(field, "is required"));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The coded value, or null with the problem recorded (null and blank are left to the caller). */
	static <E extends Enum<E> & Coded> E parse(List<FieldProblem> problems, Class<E> type, String code,
			String field) {
		if (blank(code)) {
			return null;
		}
		try {
			return Coded.parse(type, code, field);
		}
		catch (ProblemException e) {
			problems.addAll(e.errors());
			return null;
		}
	}
}
