package org.datagora.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.identity.Viewer;
import org.datagora.web.FieldProblem;
import org.datagora.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves requests through their workflow ({@link RequestStatus#next()}) and reads their timelines.
 * A step locks the request's row, checks who may take it, the version it was decided on (412 when
 * someone moved the request meanwhile), that the workflow allows it (409) and what it needs (400),
 * then updates the request and appends the step to its timeline, in one transaction.
 */
@Service
public class RequestWorkflow {

	private static final int MAX_DATASETS = 20;

	private final JdbcClient jdbc;

	private final DataRequests requests;

	private final RequestAssembly assembly;

	private final RequestPermissions permissions;

	private final EventLog log;

	private final Organizations organizations;

	private final Datasets datasets;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	RequestWorkflow(JdbcClient jdbc, DataRequests requests, RequestAssembly assembly, RequestPermissions permissions,
			EventLog log, Organizations organizations, Datasets datasets, Deadlines deadlines,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.assembly = assembly;
		this.permissions = permissions;
		this.log = log;
		this.organizations = organizations;
		this.datasets = datasets;
		this.deadlines = deadlines;
		this.events = events;
	}

	/**
	 * Takes a step. Members of the holding organization and site administrators answer; site
	 * administrators assign a request no organization holds (a redirect); only the requester
	 * withdraws.
	 *
	 * @param expectedVersion the version the step was decided on (If-Match, a form's hidden field), or null
	 */
	@Transactional
	public DataRequest move(UUID id, StepInput input, Integer expectedVersion) {
		Viewer viewer = RequestPermissions.signedIn();
		if (DataRequests.blank(input.status())) {
			throw ProblemException.invalid("status", "is required");
		}
		RequestStatus target = RequestRow.status(input.status().strip());
		RequestRow current = jdbc.sql("select " + RequestRow.COLUMNS + " from data_request where id = ? for update")
			.param(id)
			.query(RequestRow::of)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("Request " + id));
		if (target == RequestStatus.WITHDRAWN) {
			if (!viewer.id().equals(current.requesterId())) {
				throw ProblemException.forbidden("Only the requester may withdraw a request");
			}
		}
		else {
			permissions.requireAnswersFor(viewer, current.organizationId());
		}
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw ProblemException.stale("Request " + id);
		}
		if (!current.status().next().contains(target)) {
			throw ProblemException.conflict("A request that is " + current.status().code() + " cannot become "
					+ target.code() + (current.status().next().isEmpty() ? ": it is closed"
							: "; it may become " + codes(current.status().next())));
		}
		if (current.organizationId() == null && target != RequestStatus.REDIRECTED
				&& target != RequestStatus.WITHDRAWN) {
			throw ProblemException.conflict("No organization holds this request yet: a site administrator first "
					+ "assigns it (status redirected, with the organization)");
		}
		EventRow step = step(current, target, input, viewer);
		jdbc.sql("""
				update data_request set status = ?, organization_id = ?, status_changed_at = ?, received_at = ?,
				    first_answer_at = ?, planned_for = ?, refusal_reason = ?, datasets = ?, appeal_routes_stated = ?,
				    version = ?
				where id = ?
				""")
			.params(target.code(), step.organizationId(), RequestRow.timestamp(step.at()),
					RequestRow.timestamp(target == RequestStatus.REDIRECTED ? step.at() : current.receivedAt()),
					RequestRow.timestamp(firstAnswer(current, target, step.at())), step.plannedFor(),
					step.refusalReason(), step.datasets().toArray(UUID[]::new),
					target != RequestStatus.REDIRECTED && (current.appealRoutesStated() || step.appealRoutesStated()),
					step.version(), id)
			.update();
		long eventId = log.append(step);
		events.publishEvent(new DataRequestMoved(id, eventId));
		return requests.get(id);
	}

	/** The new holder of a redirected request owes its own answer; otherwise the first answer stays. */
	private static Instant firstAnswer(RequestRow current, RequestStatus target, Instant now) {
		if (target == RequestStatus.REDIRECTED) {
			return null;
		}
		return current.firstAnswerAt() == null && target.answers() ? now : current.firstAnswerAt();
	}

	/** The step to record, once what {@code target} needs is checked. */
	private EventRow step(RequestRow current, RequestStatus target, StepInput input, Viewer viewer) {
		List<FieldProblem> problems = new ArrayList<>();
		String note = DataRequests.blank(input.note()) ? null : input.note().strip();
		if (note != null && note.length() > 10_000) {
			problems.add(new FieldProblem("note", "is longer than 10000 characters"));
		}
		UUID organization = current.organizationId();
		LocalDate plannedFor = null;
		RefusalReason reason = null;
		List<UUID> answers = List.of();
		switch (target) {
			case REDIRECTED -> organization = newHolder(input.organization(), current.organizationId(), problems);
			case PLANNED -> plannedFor = plannedFor(input.plannedFor(), current, problems);
			case PUBLISHED, ALREADY_OPEN -> answers = publicDatasets(input.datasets(), problems);
			case REFUSED -> {
				reason = DataRequests.parse(problems, RefusalReason.class, input.refusalReason(), "refusal_reason");
				if (DataRequests.blank(input.refusalReason())) {
					problems.add(new FieldProblem("refusal_reason", "is required"));
				}
				if (note == null) {
					problems.add(new FieldProblem("note", "is required: the reasons of the refusal"));
				}
			}
			default -> {
			}
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalid(problems);
		}
		boolean stated = Boolean.TRUE.equals(input.appealRoutesStated())
				&& (target == RequestStatus.ACKNOWLEDGED || target == RequestStatus.REFUSED);
		return new EventRow(0, current.id(), current.version() + 1, deadlines.now(), viewer.id(), target,
				organization, plannedFor, reason == null ? null : reason.code(), answers, note, stated);
	}

	private UUID newHolder(String idOrSlug, UUID current, List<FieldProblem> problems) {
		if (DataRequests.blank(idOrSlug)) {
			problems.add(new FieldProblem("organization", "is required"));
			return current;
		}
		Organization organization = organizations.find(idOrSlug.strip()).orElse(null);
		if (organization == null) {
			problems.add(new FieldProblem("organization", "unknown organization '" + idOrSlug + "'"));
			return current;
		}
		if (organization.id().equals(current)) {
			problems.add(new FieldProblem("organization", "already holds the request"));
		}
		return organization.id();
	}

	private LocalDate plannedFor(String value, RequestRow current, List<FieldProblem> problems) {
		if (DataRequests.blank(value)) {
			problems.add(new FieldProblem("planned_for", "is required"));
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem("planned_for", "must be a date as YYYY-MM-DD"));
			return null;
		}
		if (!date.isAfter(deadlines.today())) {
			problems.add(new FieldProblem("planned_for", "must be in the future"));
		}
		else if (current.status() == RequestStatus.PLANNED && date.equals(current.plannedFor())) {
			problems.add(new FieldProblem("planned_for", "is already the planned date"));
		}
		return date;
	}

	private List<UUID> publicDatasets(List<String> given, List<FieldProblem> problems) {
		List<String> idsOrSlugs = given == null ? List.of()
				: given.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		if (idsOrSlugs.isEmpty()) {
			problems.add(new FieldProblem("datasets", "is required: the datasets that answer the request"));
			return List.of();
		}
		if (idsOrSlugs.size() > MAX_DATASETS) {
			problems.add(new FieldProblem("datasets", "has more than " + MAX_DATASETS + " items"));
			return List.of();
		}
		Set<UUID> ids = new LinkedHashSet<>();
		for (String idOrSlug : idsOrSlugs) {
			Dataset dataset = find(idOrSlug);
			if (dataset == null) {
				problems.add(new FieldProblem("datasets", "unknown dataset '" + idOrSlug + "'"));
			}
			else if (dataset.isPrivate() || dataset.archived() != null) {
				problems.add(new FieldProblem("datasets", "dataset '" + idOrSlug + "' is not public"));
			}
			else {
				ids.add(dataset.id());
			}
		}
		return List.copyOf(ids);
	}

	private Dataset find(String idOrSlug) {
		try {
			return datasets.get(idOrSlug);
		}
		catch (ProblemException notFound) {
			return null;
		}
	}

	/** The timeline of a request, oldest step first. */
	public List<RequestEvent> events(UUID id) {
		requests.row(id);
		return assembly.events(log.of(id));
	}

	/** The step recorded as {@code eventId}, for the listeners of {@link DataRequestMoved}. */
	public RequestEvent event(long eventId) {
		return assembly.events(List.of(log.get(eventId))).get(0);
	}

	/** The statuses {@code viewer} may move the request to now: what the pages offer. */
	public Set<RequestStatus> stepsFor(DataRequest request, Viewer viewer) {
		Set<RequestStatus> steps = EnumSet.noneOf(RequestStatus.class);
		if (viewer == null) {
			return steps;
		}
		UUID holder = request.organization() == null ? null : request.organization().id();
		boolean answers = permissions.answersFor(viewer, holder);
		for (RequestStatus next : request.status().next()) {
			boolean allowed = next == RequestStatus.WITHDRAWN ? viewer.id().equals(request.requester().id())
					: answers && (holder != null || next == RequestStatus.REDIRECTED);
			if (allowed) {
				steps.add(next);
			}
		}
		return steps;
	}

	private static String codes(Set<RequestStatus> statuses) {
		return String.join(", ", EnumSet.copyOf(statuses).stream().map(RequestStatus::code).toList());
	}
}
