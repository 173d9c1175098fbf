package org.datagora.requests.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.catalog.Organization;
import org.datagora.requests.DataRequest;
import org.datagora.requests.DataRequests;
import org.datagora.requests.DuplicateRequestsException;
import org.datagora.requests.RequestEvent;
import org.datagora.requests.RequestFacet;
import org.datagora.requests.RequestHits;
import org.datagora.requests.RequestInput;
import org.datagora.requests.RequestQuery;
import org.datagora.requests.RequestSearch;
import org.datagora.requests.RequestStatus;
import org.datagora.requests.RequestWorkflow;
import org.datagora.requests.StepInput;
import org.datagora.web.ETags;
import org.datagora.web.PageRequest;
import org.datagora.web.Paged;
import org.datagora.web.ProblemException;
import org.datagora.web.Problems;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Data requests")
class RequestApi {

	private final DataRequests requests;

	private final RequestWorkflow workflow;

	private final RequestSearch search;

	RequestApi(DataRequests requests, RequestWorkflow workflow, RequestSearch search) {
		this.requests = requests;
		this.workflow = workflow;
		this.search = search;
	}

	/** The list envelope of the map, with the facet counts asked for. */
	record RequestList(List<DataRequest> data, int page, int pageSize, long total, String nextPage,
			String previousPage, Map<String, List<RequestHits.FacetCount>> facets) {
	}

	@GetMapping("/api/1/requests")
	@Operation(summary = "Search data requests (relevance in French), with filters, facet counts (facets=all or a "
			+ "list of status, organization, theme, geozone, requester_type), sorts and pages")
	RequestList search(@ParameterObject SearchParameters parameters) {
		List<String> asked = facets(parameters.facets());
		RequestQuery query = RequestQuery.of(parameters::value, !asked.isEmpty());
		RequestHits hits = search.search(query);
		Paged<DataRequest> paged = Paged.of(requests.readByIds(hits.ids()), new PageRequest(query.page(),
				query.pageSize()), hits.total(), ServletUriComponentsBuilder.fromCurrentRequest());
		Map<String, List<RequestHits.FacetCount>> counts = new LinkedHashMap<>();
		hits.facets().forEach((facet, values) -> {
			if (asked.contains(facet.parameter())) {
				counts.put(facet.parameter(), values);
			}
		});
		return new RequestList(paged.data(), paged.page(), paged.pageSize(), paged.total(), paged.nextPage(),
				paged.previousPage(), counts);
	}

	private static List<String> facets(String facets) {
		if (facets == null || facets.isBlank()) {
			return List.of();
		}
		List<String> all = Arrays.stream(RequestFacet.values()).map(RequestFacet::parameter).toList();
		if (facets.strip().equals("all")) {
			return all;
		}
		List<String> asked = Arrays.stream(facets.split(",")).map(String::strip).toList();
		for (String name : asked) {
			if (!all.contains(name)) {
				throw ProblemException.invalid("facets", "unknown facet '" + name + "'; facets are all or any of "
						+ String.join(", ", all));
			}
		}
		return asked;
	}

	@PostMapping("/api/1/requests")
	@Operation(summary = "Ask for data to be opened. Similar requests found by their title answer 409 with their "
			+ "list (candidates), unless confirm_not_duplicate=true; spam answers 422; past the hourly limit, 429")
	ResponseEntity<DataRequest> submit(@RequestBody RequestInput input,
			@Parameter(name = "confirm_not_duplicate") @RequestParam(name = "confirm_not_duplicate",
					defaultValue = "false") boolean confirmNotDuplicate) {
		DataRequest created = requests.submit(input, confirmNotDuplicate);
		return ResponseEntity.status(HttpStatus.CREATED)
			.eTag(ETags.of(created.version()))
			.header(HttpHeaders.LOCATION, "/api/1/requests/" + created.id())
			.body(created);
	}

	/** A similar request, as the 409 of a submission lists it. */
	record Candidate(UUID id, String title, RequestStatus status, Organization.Ref organization, int supportCount,
			String page) {
	}

	@ExceptionHandler(DuplicateRequestsException.class)
	ResponseEntity<ProblemDetail> duplicates(DuplicateRequestsException duplicates) {
		ResponseEntity<ProblemDetail> problem = Problems.of(duplicates);
		problem.getBody().setProperty("candidates", duplicates.candidates()
			.stream()
			.map(request -> new Candidate(request.id(), request.title(), request.status(), request.organization(),
					request.supportCount(), "/requests/" + request.id()))
			.toList());
		return problem;
	}

	@GetMapping("/api/1/requests/{id}")
	@Operation(summary = "One request with its legal clock (due date, overdue, implicit refusal, deadline to refer "
			+ "to the CADA); the ETag is its version")
	ResponseEntity<DataRequest> get(@PathVariable UUID id) {
		DataRequest request = requests.get(id);
		return ResponseEntity.ok().eTag(ETags.of(request.version())).body(request);
	}

	@GetMapping("/api/1/requests/{id}/events")
	@Operation(summary = "The timeline of a request: every step, dated and attributed, oldest first")
	List<RequestEvent> events(@PathVariable UUID id) {
		return workflow.events(id);
	}

	@PostMapping("/api/1/requests/{id}/events")
	@Operation(summary = "Take a step: acknowledged, redirected (organization), planned (planned_for, in the "
			+ "future), published or already_open (datasets), refused (refusal_reason and note), withdrawn (the "
			+ "requester). Members of the holding organization and site administrators answer. A step the workflow "
			+ "does not allow is 409; with If-Match, a request moved meanwhile is 412")
	ResponseEntity<DataRequest> move(@PathVariable UUID id, @RequestBody StepInput step,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		DataRequest moved = workflow.move(id, step, ETags.expectedVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(moved.version())).body(moved);
	}
}
