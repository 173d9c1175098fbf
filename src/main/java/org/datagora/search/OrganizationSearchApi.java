package org.datagora.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.catalog.Organization;
import org.datagora.web.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Organizations")
class OrganizationSearchApi {

	private final OrganizationSearch search;

	private final Suggestions suggestions;

	OrganizationSearchApi(OrganizationSearch search, Suggestions suggestions) {
		this.search = search;
		this.suggestions = suggestions;
	}

	@GetMapping("/api/1/organizations")
	@Operation(summary = "Search organizations (relevance in French), with counts by type and badge")
	SearchPage<Organization> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String badge,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		return SearchPage.of(search.search(q, type, badge, sort, request), null, request.page(),
				request.pageSize(), ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping("/api/1/organizations/suggest")
	@Operation(summary = "Organizations whose name or acronym starts with the words typed, for autocompletion")
	List<Suggestions.Suggestion> suggest(@RequestParam String q, @RequestParam(defaultValue = "10") int size) {
		return suggestions.organizations(q, size);
	}
}
