package org.datagora.requests.pages;

import org.datagora.requests.OrganizationRequests;
import org.datagora.web.PageController;
import org.datagora.web.PageRequest;
import org.datagora.web.Pager;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /organizations/{slug}/requests}: the requests an organization holds, for its members to answer. */
@PageController
class RequestQueueController {

	private final OrganizationRequests requests;

	RequestQueueController(OrganizationRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/organizations/{slug}/requests")
	String queue(@PathVariable String slug, @RequestParam(required = false) String filter,
			@RequestParam(required = false) Integer page, Model model) {
		PageRequest request = PageRequest.of(page, 20);
		OrganizationRequests.Queue queue = requests.queue(slug, filter, request);
		model.addAttribute("page", new RequestQueuePage(queue, requests.responseTimes(slug),
				Pager.of(request, queue.total(), "/organizations/" + slug + "/requests",
						"filter=" + queue.filter().code())));
		return "requests/queue";
	}
}
