package org.datagora.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.identity.Memberships;
import org.datagora.identity.Viewer;
import org.datagora.web.FieldProblem;
import org.datagora.web.PageRequest;
import org.datagora.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roadmap entries: members of an organization (and site administrators) put datasets into its
 * roadmap, change them and move them through the workflow of {@link RoadmapStatus}; anyone signed
 * in proposes one, and its proposer may reword it until the organization answers. Anyone reads
 * them. Every write locks the entry, checks the version the writer read when one is given, and
 * records what changed in the entry's history, in one transaction.
 */
@Service
public class RoadmapEntries {

	private final EntryRows rows;

	private final Events events;

	private final Organizations organizations;

	private final Datasets datasets;

	private final Memberships memberships;

	private final RoadmapClock clock;

	private final RoadmapOverview overview;

	RoadmapEntries(EntryRows rows, Events events, Organizations organizations, Datasets datasets,
			Memberships memberships, RoadmapClock clock, RoadmapOverview overview) {
		this.rows = rows;
		this.events = events;
		this.organizations = organizations;
		this.datasets = datasets;
		this.memberships = memberships;
		this.clock = clock;
		this.overview = overview;
	}

	/** Puts a dataset straight into an organization's roadmap, planned for a date (its members). */
	@Transactional
	public RoadmapEntry create(RoadmapEntryInput input) {
		Viewer viewer = signedIn();
		Organization organization = organizationOf(input);
		requireMember(viewer, organization.id());
		List<FieldProblem> problems = checkNew(input);
		if (input.targetDate() == null) {
			problems.add(new FieldProblem("target_date", "is required"));
		}
		else if (input.targetDate().isBefore(clock.today())) {
			problems.add(new FieldProblem("target_date", "must not be in the past"));
		}
		throwIfAny(problems);
		return insert(viewer, organization, input, RoadmapStatus.PLANNED, "created");
	}

	/** Proposes a dataset for an organization to open (anyone signed in); the organization sets its date. */
	@Transactional
	public RoadmapEntry propose(RoadmapEntryInput input) {
		Viewer viewer = signedIn();
		Organization organization = organizationOf(input);
		List<FieldProblem> problems = checkNew(input);
		if (input.targetDate() != null) {
			problems.add(new FieldProblem("target_date", "is set by the organization when it accepts the proposal"));
		}
		throwIfAny(problems);
		return insert(viewer, organization, input, RoadmapStatus.PROPOSED, "proposed");
	}

	/**
	 * Turns an item of another module (a data request...) into an entry in one action, its
	 * {@code source} (the item's address) kept as given: planned when the input has a target date
	 * (members of the organization), a proposal otherwise (anyone signed in).
	 */
	@Transactional
	public RoadmapEntry fromRequest(RoadmapEntryInput input) {
		return input.targetDate() == null ? propose(input) : create(input);
	}

	/** Rewords an entry: its organization's members, or its proposer while it is a proposal. */
	@Transactional
	public RoadmapEntry update(UUID id, RoadmapEntryEdit edit, Integer expectedVersion) {
		Viewer viewer = signedIn();
		RoadmapEntry current = lock(id);
		checkEdit(viewer, current);
		requireVersion(current, expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		if (edit.title() != null) {
			required(problems, "title", edit.title(), 200);
		}
		if (edit.impact() != null) {
			required(problems, "impact", edit.impact(), 5_000);
		}
		maxLength(problems, "description", edit.description(), 20_000);
		throwIfAny(problems);
		String title = edit.title() == null ? current.title() : edit.title().strip();
		String description = edit.description() == null ? current.description() : edit.description().strip();
		String impact = edit.impact() == null ? current.impact() : edit.impact().strip();
		List<String> changed = new ArrayList<>();
		addIfChanged(changed, "title", current.title(), title);
		addIfChanged(changed, "description", current.description(), description);
		addIfChanged(changed, "impact", current.impact(), impact);
		if (changed.isEmpty()) {
			return get(id);
		}
		Instant now = clock.now();
		rows.updateTexts(id, title, description, impact, now);
		events.record(id, viewer.id(), now, Events.Change.edited(changed));
		overview.changed();
		return get(id);
	}

	/**
	 * Moves an entry to another status (its organization's members): 409 for a move the workflow
	 * does not allow, 400 for what the move lacks (see {@link RoadmapStatus}).
	 */
	@Transactional
	public RoadmapEntry move(UUID id, StatusChange change, Integer expectedVersion) {
		Viewer viewer = signedIn();
		if (change.status() == null || change.status().isBlank()) {
			throw ProblemException.invalid("status", "is required");
		}
		RoadmapStatus target = RoadmapStatus.fromCode(change.status().strip(), "status");
		RoadmapEntry current = lock(id);
		requireVersion(current, expectedVersion);
		checkMove(viewer, current, target);
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate targetDate = checkTargetDate(problems, current, target, change.targetDate());
		String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
		if (target.needsReason() && reason == null) {
			problems.add(new FieldProblem("reason", "is required"));
		}
		maxLength(problems, "reason", reason, 2_000);
		UUID datasetId = checkDataset(problems, target, change.dataset());
		throwIfAny(problems);
		Instant now = clock.now();
		LocalDate openedOn = target == RoadmapStatus.OPENED ? clock.today() : null;
		rows.move(id, new EntryRows.Move(target, targetDate, openedOn, datasetId,
				reason == null ? current.reason() : reason, now));
		events.record(id, viewer.id(), now, new Events.Change("moved", current.status(), target,
				current.targetDate(), targetDate, reason, datasetId, List.of()));
		overview.changed();
		return get(id);
	}

	public RoadmapEntry get(UUID id) {
		return rows.find(id).orElseThrow(() -> ProblemException.notFound("Roadmap entry " + id));
	}

	/** The history of an entry, oldest first (none for an unknown id). */
	public List<RoadmapEvent> events(UUID id) {
		return events.of(id);
	}

	public record Listing(List<RoadmapEntry> entries, long total) {
	}

	public Listing list(RoadmapFilter filter, PageRequest page) {
		String sort = filter.sort() == null || filter.sort().isBlank() ? EntryRows.DEFAULT_SORT : filter.sort();
		if (!EntryRows.knownSort(sort)) {
			throw ProblemException.invalid("sort",
					"unknown value '" + sort + "'; accepted: target_date, -target_date, created, -created");
		}
		UUID organizationId = filter.organization() == null || filter.organization().isBlank() ? null
				: organizations.get(filter.organization().strip()).id();
		RoadmapStatus status = filter.status() == null || filter.status().isBlank() ? null
				: RoadmapStatus.fromCode(filter.status().strip(), "status");
		EntryRows.Page found = rows.list(organizationId, status, filter.late(), sort, page.pageSize(), page.offset());
		return new Listing(found.entries(), found.total());
	}

	/** Every entry of an organization, soonest target date first, proposals last. */
	public List<RoadmapEntry> ofOrganization(UUID organizationId) {
		return rows.ofOrganization(organizationId);
	}

	/** Every entry, or those of one organization, in batches of {@code batch} read as they go. */
	public void forEach(UUID organizationId, int batch, Consumer<RoadmapEntry> each) {
		rows.forEach(organizationId, batch, each);
	}

	/** Whether the viewer may put entries into the organization's roadmap and move them. */
	public boolean canManage(Viewer viewer, UUID organizationId) {
		return viewer != null
				&& (viewer.siteAdmin() || memberships.roleOf(viewer.id(), organizationId).isPresent());
	}

	/** Whether the viewer may reword the entry. */
	public boolean canEdit(Viewer viewer, RoadmapEntry entry) {
		return canManage(viewer, entry.organization().id()) || viewer != null
				&& entry.status() == RoadmapStatus.PROPOSED && viewer.id().equals(entry.createdBy());
	}

	/** Refuses, as {@link #update} does, an edit by someone who may not reword the entry. */
	public void checkEdit(Viewer viewer, RoadmapEntry entry) {
		if (!canEdit(viewer, entry)) {
			throw ProblemException.forbidden("Only members of the organization, or its proposer while it is a "
					+ "proposal, may change this entry");
		}
	}

	/** Refuses, as {@link #move} does, a move the viewer may not make or the workflow does not allow. */
	public void checkMove(Viewer viewer, RoadmapEntry entry, RoadmapStatus target) {
		requireMember(viewer, entry.organization().id());
		if (!entry.status().next().contains(target)) {
			throw refusedMove(entry.status(), target);
		}
	}

	private RoadmapEntry insert(Viewer viewer, Organization organization, RoadmapEntryInput input,
			RoadmapStatus status, String action) {
		UUID id = UUID.randomUUID();
		Instant now = clock.now();
		rows.insert(new EntryRows.NewEntry(id, organization.id(), input.title().strip(),
				Objects.toString(input.description(), "").strip(), input.impact().strip(), status, input.targetDate(),
				input.source() == null || input.source().isBlank() ? null : input.source().strip(), viewer.id(), now));
		events.record(id, viewer.id(), now, Events.Change.created(action, status, input.targetDate()));
		overview.changed();
		return get(id);
	}

	private Organization organizationOf(RoadmapEntryInput input) {
		if (input.organization() == null || input.organization().isBlank()) {
			throw ProblemException.invalid("organization", "is required");
		}
		return organizations.find(input.organization().strip())
			.orElseThrow(() -> ProblemException.invalid("organization", "unknown organization"));
	}

	private static List<FieldProblem> checkNew(RoadmapEntryInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "title", input.title(), 200);
		required(problems, "impact", input.impact(), 5_000);
		maxLength(problems, "description", input.description(), 20_000);
		maxLength(problems, "source", input.source(), 2_000);
		return problems;
	}

	/** The target date after the move: a new one for planned and postponed, the current one otherwise. */
	private LocalDate checkTargetDate(List<FieldProblem> problems, RoadmapEntry current, RoadmapStatus target,
			LocalDate requested) {
		if (!target.needsTargetDate()) {
			if (requested != null) {
				problems.add(new FieldProblem("target_date", "is set only when an entry is planned or postponed"));
			}
			return current.targetDate();
		}
		LocalDate today = clock.today();
		if (requested == null) {
			problems.add(new FieldProblem("target_date", "is required"));
		}
		else if (target == RoadmapStatus.POSTPONED && !requested.isAfter(today)) {
			problems.add(new FieldProblem("target_date", "must be in the future"));
		}
		else if (target == RoadmapStatus.POSTPONED && !requested.isAfter(current.targetDate())) {
			problems.add(new FieldProblem("target_date", "must be later than the current target date"));
		}
		else if (requested.isBefore(today)) {
			problems.add(new FieldProblem("target_date", "must not be in the past"));
		}
		return requested;
	}

	/** The public dataset an opened entry became, by id, slug or the address of its page. */
	private UUID checkDataset(List<FieldProblem> problems, RoadmapStatus target, String reference) {
		boolean given = reference != null && !reference.isBlank();
		if (!target.needsDataset()) {
			if (given) {
				problems.add(new FieldProblem("dataset", "is named only when an entry is opened"));
			}
			return null;
		}
		if (!given) {
			problems.add(new FieldProblem("dataset", "is required"));
			return null;
		}
		String idOrSlug = reference.strip().replaceFirst("^.*/datasets/", "").replaceFirst("[/?#].*$", "");
		try {
			Dataset dataset = datasets.get(idOrSlug);
			if (dataset.isPrivate() || dataset.deleted() != null) {
				problems.add(new FieldProblem("dataset", "must be a public dataset"));
				return null;
			}
			return dataset.id();
		}
		catch (ProblemException e) {
			if (e.status() != HttpStatus.NOT_FOUND) {
				throw e;
			}
			problems.add(new FieldProblem("dataset", "unknown dataset"));
			return null;
		}
	}

	private static ProblemException refusedMove(RoadmapStatus from, RoadmapStatus to) {
		String allowed = from.next().isEmpty() ? "none, it is final"
				: from.next().stream().map(RoadmapStatus::code).collect(Collectors.joining(", "));
		return new ProblemException(HttpStatus.CONFLICT,
				"An entry that is " + from.code() + " cannot become " + to.code() + "; it may become: " + allowed,
				List.of(new FieldProblem("status", "cannot go from " + from.code() + " to " + to.code())));
	}

	private RoadmapEntry lock(UUID id) {
		return rows.lock(id).orElseThrow(() -> ProblemException.notFound("Roadmap entry " + id));
	}

	private void requireMember(Viewer viewer, UUID organizationId) {
		if (!canManage(viewer, organizationId)) {
			throw ProblemException.forbidden("Only members of the organization may change its roadmap");
		}
	}

	private static void requireVersion(RoadmapEntry current, Integer expectedVersion) {
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw ProblemException.stale("Roadmap entry " + current.title());
		}
	}

	private static Viewer signedIn() {
		return Viewer.current().orElseThrow(ProblemException::unauthorized);
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
		}
		else {
			maxLength(problems, field, value, max);
		}
	}

	private static void maxLength(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
		}
	}

	private static void addIfChanged(List<String> changed, String field, String before, String after) {
		if (!before.equals(after)) {
			changed.add(field);
		}
	}

	private static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw ProblemException.invalid(problems);
		}
	}
}
