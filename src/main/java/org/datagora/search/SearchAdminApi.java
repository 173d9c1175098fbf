package org.datagora.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.identity.Viewer;
import org.datagora.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration")
class SearchAdminApi {

	private final SearchReindex reindex;

	SearchAdminApi(SearchReindex reindex) {
		this.reindex = reindex;
	}

	@PostMapping("/api/1/admin/search/reindex")
	@Operation(summary = "Rebuild the search index from the catalog, beside the live one (site admins)")
	ResponseEntity<SearchReindex.Progress> start() {
		requireSiteAdmin();
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(reindex.start());
	}

	@GetMapping("/api/1/admin/search/reindex")
	@Operation(summary = "Where the last rebuild of the search index stands (site admins)")
	SearchReindex.Progress progress() {
		requireSiteAdmin();
		return reindex.progress();
	}

	static void requireSiteAdmin() {
		Viewer viewer = Viewer.current().orElseThrow(ProblemException::unauthorized);
		if (!viewer.siteAdmin()) {
			throw ProblemException.forbidden("Only site administrators may rebuild the search index");
		}
	}
}
