package org.datagora.roadmap.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.roadmap.RoadmapEntries;
import org.datagora.roadmap.RoadmapEntry;
import org.datagora.roadmap.RoadmapEntryEdit;
import org.datagora.roadmap.RoadmapEntryInput;
import org.datagora.roadmap.RoadmapEvent;
import org.datagora.roadmap.RoadmapFilter;
import org.datagora.roadmap.RoadmapFromRequests;
import org.datagora.roadmap.RoadmapOverview;
import org.datagora.roadmap.RoadmapSupports;
import org.datagora.roadmap.StatusChange;
import org.datagora.web.ETags;
import org.datagora.web.PageRequest;
import org.datagora.web.Paged;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Roadmaps")
class RoadmapApi {

	private final RoadmapEntries entries;

	private final RoadmapSupports supports;

	private final RoadmapOverview overview;

	private final RoadmapFromRequests fromRequests;

	RoadmapApi(RoadmapEntries entries, RoadmapSupports supports, RoadmapOverview overview,
			RoadmapFromRequests fromRequests) {
		this.entries = entries;
		this.supports = supports;
		this.overview = overview;
		this.fromRequests = fromRequests;
	}

	@GetMapping("/api/1/roadmaps")
	@Operation(summary = "The national overview: each organization's roadmap in figures (planned, in progress, "
			+ "postponed, opened, late, abandoned, on-time rate, next deadline), the totals, the openings of each "
			+ "month with their running total, and the next deadlines")
	RoadmapOverview.Overview overview() {
		return overview.get();
	}

	@GetMapping("/api/1/roadmaps/entries")
	@Operation(summary = "Roadmap entries, optionally of one organization (id or slug), of one status (proposed, "
			+ "planned, in_progress, opened, postponed, abandoned, declined), late or not; sort=target_date "
			+ "(default), -target_date, created or -created")
	Paged<RoadmapEntry> list(@RequestParam(required = false) String organization,
			@RequestParam(required = false) String status, @RequestParam(required = false) Boolean late,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		RoadmapEntries.Listing listing = entries.list(new RoadmapFilter(organization, status, late, sort), request);
		return Paged.of(listing.entries(), request, listing.total(), ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@PostMapping("/api/1/roadmaps/entries")
	@Operation(summary = "Put a dataset into an organization's roadmap, planned for a target date that is not past "
			+ "(members of the organization)")
	ResponseEntity<RoadmapEntry> create(@RequestBody RoadmapEntryInput input) {
		return created(entries.create(input));
	}

	@PostMapping("/api/1/roadmaps/proposals")
	@Operation(summary = "Propose a dataset for an organization to open (anyone signed in); the organization "
			+ "accepts it with a target date (status planned) or declines it with a reason (status declined)")
	ResponseEntity<RoadmapEntry> propose(@RequestBody RoadmapEntryInput input) {
		return created(entries.propose(input));
	}

	@PostMapping("/api/1/requests/{id}/roadmap-entry")
	@Operation(summary = "Turn a data request into an entry of its holding organization's roadmap in one action: "
			+ "with a target_date in the future (members of the holder) the entry is planned and the request takes "
			+ "a planned step for that date; without one (anyone signed in) the entry is a proposal and a comment "
			+ "on the request links it. Title, description and impact default to the request's title, description "
			+ "and use case. If-Match with the request's ETag refuses a request changed meanwhile (412); a request "
			+ "already in the roadmap, closed or held by no organization is a 409")
	ResponseEntity<RoadmapEntry> fromRequest(@PathVariable UUID id, @RequestBody RoadmapFromRequests.Turn turn,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return created(fromRequests.turn(id, turn, ETags.expectedVersion(ifMatch)));
	}

	/** An entry with its history, oldest change first. */
	record EntryWithEvents(@JsonUnwrapped RoadmapEntry entry, List<RoadmapEvent> events) {
	}

	@GetMapping("/api/1/roadmaps/entries/{id}")
	@Operation(summary = "One roadmap entry with every change made to it: who, when, statuses and dates before and "
			+ "after, reason")
	ResponseEntity<EntryWithEvents> get(@PathVariable UUID id) {
		RoadmapEntry entry = entries.get(id);
		return ResponseEntity.ok().eTag(ETags.of(entry.version())).body(new EntryWithEvents(entry, entries.events(id)));
	}

	@PutMapping("/api/1/roadmaps/entries/{id}")
	@Operation(summary = "Change the title, description or impact of an entry (members of the organization, or "
			+ "its proposer while it is a proposal); If-Match with the ETag read avoids overwriting a change")
	ResponseEntity<RoadmapEntry> update(@PathVariable UUID id, @RequestBody RoadmapEntryEdit edit,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withVersion(entries.update(id, edit, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/api/1/roadmaps/entries/{id}/status")
	@Operation(summary = "Move an entry to another status (members of the organization). From proposed: planned "
			+ "(accept, target_date) or declined (reason); from planned: in_progress, opened (dataset), postponed "
			+ "(a later target_date in the future, reason) or abandoned (reason); from in_progress: opened, "
			+ "postponed, abandoned; from postponed: in_progress, opened, postponed, abandoned; from abandoned or "
			+ "declined: planned. Opened is final; any other move is refused with 409")
	ResponseEntity<RoadmapEntry> move(@PathVariable UUID id, @RequestBody StatusChange change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withVersion(entries.move(id, change, ETags.expectedVersion(ifMatch)));
	}

	@PutMapping("/api/1/roadmaps/entries/{id}/support")
	@Operation(summary = "Support a proposal (+1, once per account; anyone signed in)")
	RoadmapSupports.Support support(@PathVariable UUID id) {
		return supports.support(id);
	}

	@DeleteMapping("/api/1/roadmaps/entries/{id}/support")
	@Operation(summary = "Withdraw one's support of a proposal")
	RoadmapSupports.Support withdraw(@PathVariable UUID id) {
		return supports.withdraw(id);
	}

	private static ResponseEntity<RoadmapEntry> created(RoadmapEntry entry) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.eTag(ETags.of(entry.version()))
			.header(HttpHeaders.LOCATION, "/api/1/roadmaps/entries/" + entry.id())
			.body(entry);
	}

	private static ResponseEntity<RoadmapEntry> withVersion(RoadmapEntry entry) {
		return ResponseEntity.ok().eTag(ETags.of(entry.version())).body(entry);
	}
}
