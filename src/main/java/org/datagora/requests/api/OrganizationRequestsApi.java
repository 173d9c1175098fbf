package org.datagora.requests.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.requests.DataRequest;
import org.datagora.requests.OrganizationRequests;
import org.datagora.requests.ResponseTimes;
import org.datagora.web.PageRequest;
import org.datagora.web.Paged;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Data requests")
class OrganizationRequestsApi {

	private final OrganizationRequests requests;

	OrganizationRequestsApi(OrganizationRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/api/1/organizations/{organization}/requests")
	@Operation(summary = "The requests an organization holds, for its members: new (no answer yet, oldest first), "
			+ "overdue (no answer past the legal month), planned (by target date) or all (last changed first)")
	Paged<DataRequest> queue(@PathVariable String organization,
			@Parameter(description = "new (default), overdue, planned or all") @RequestParam(required = false) String filter,
			@RequestParam(required = false) Integer page,
			@RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		OrganizationRequests.Queue queue = requests.queue(organization, filter, request);
		return Paged.of(queue.requests(), request, queue.total(), ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping("/api/1/organizations/{organization}/requests/response-times")
	@Operation(summary = "How an organization answers requests: answered, in time, overdue, waiting, median days to "
			+ "a first answer, share answered within the legal month")
	ResponseTimes responseTimes(@PathVariable String organization) {
		return requests.responseTimes(organization);
	}
}
