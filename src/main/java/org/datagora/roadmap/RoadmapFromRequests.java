package org.datagora.roadmap;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.datagora.identity.Viewer;
import org.datagora.requests.DataRequest;
import org.datagora.requests.DataRequests;
import org.datagora.requests.RequestComments;
import org.datagora.requests.RequestWorkflow;
import org.datagora.requests.StepInput;
import org.datagora.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a data request into an entry of its holder's roadmap in one action. The holder's members
 * (and site administrators) commit to a date: the entry is planned and the request takes a {@code planned} step for that
 * date whose note links the entry. Anyone else signed in proposes it: the entry is a proposal and
 * a comment on the request links it, so that the requester and the followers hear of it. The
 * entry and the request change in one transaction: a step the request cannot take leaves no
 * entry behind.
 */
@Service
public class RoadmapFromRequests {

	private final DataRequests requests;

	private final RequestWorkflow workflow;

	private final RequestComments comments;

	private final RoadmapEntries entries;

	private final EntryRows rows;

	private final RoadmapClock clock;

	private final JdbcClient jdbc;

	RoadmapFromRequests(DataRequests requests, RequestWorkflow workflow, RequestComments comments,
			RoadmapEntries entries, EntryRows rows, RoadmapClock clock, JdbcClient jdbc) {
		this.requests = requests;
		this.workflow = workflow;
		this.comments = comments;
		this.entries = entries;
		this.rows = rows;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * What the person turning the request gives; blank texts are taken from the request (its
	 * title, what is wanted, and its use case as the impact).
	 *
	 * @param targetDate the date the holder commits to (its members); none for a proposal
	 */
	public record Turn(String title, String description, String impact, LocalDate targetDate) {
	}

	/** The roadmap entry a request became, planned or proposed, its {@code source} the request's page. */
	@Transactional
	public RoadmapEntry turn(UUID requestId, Turn turn, Integer expectedRequestVersion) {
		DataRequest request = requests.get(requestId);
		if (request.organization() == null) {
			throw ProblemException.conflict("No organization holds this request yet: a site administrator first "
					+ "assigns it, then it can enter that organization's roadmap");
		}
		if (request.status().next().isEmpty()) {
			throw ProblemException.conflict("The request is " + request.status().code() + ": it is closed");
		}
		boolean member = entries.canManage(Viewer.current().orElse(null), request.organization().id());
		if (member && turn.targetDate() == null) {
			// the holder answers its own requests with a commitment, not a proposal to itself
			throw ProblemException.invalid("target_date", "is required");
		}
		if (turn.targetDate() != null && !turn.targetDate().isAfter(clock.today())) {
			// the request's plan needs a date to come, stricter than a new entry's
			throw ProblemException.invalid("target_date", "must be in the future");
		}
		String source = sourceOf(requestId);
		// two clicks at once make one entry: the second waits here, then finds the first
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(source).query().singleRow();
		entryOf(requestId).ifPresent(existing -> {
			throw ProblemException.conflict("This request is already in the roadmap: /roadmaps/entries/" + existing);
		});
		RoadmapEntry entry = entries.fromRequest(new RoadmapEntryInput(request.organization().id().toString(),
				or(turn.title(), request.title()), or(turn.description(), request.description()),
				or(turn.impact(), request.useCase()), turn.targetDate(), source));
		String link = "[" + entry.title().replace("[", "\\[").replace("]", "\\]") + "](/roadmaps/entries/" + entry.id()
				+ ")";
		// the note and the comment stand as the person's own words, in the portal's first language
		if (entry.status() == RoadmapStatus.PLANNED) {
			workflow.move(requestId, new StepInput("planned", null, turn.targetDate().toString(), null, null,
					"Inscrite à la feuille de route d’ouverture : " + link, null),
					expectedRequestVersion);
		}
		else {
			comments.add(requestId,
					"Proposée pour la feuille de route d’ouverture : " + link);
		}
		return entry;
	}

	/** The entry, neither declined nor abandoned, that the request became. */
	public Optional<UUID> entryOf(UUID requestId) {
		return rows.liveFromSource(sourceOf(requestId));
	}

	/** The address an entry made from a request keeps as its source. */
	private static String sourceOf(UUID requestId) {
		return "/requests/" + requestId;
	}

	private static String or(String given, String fallback) {
		return given == null || given.isBlank() ? fallback : given;
	}
}
