package org.datagora.search;

import java.util.List;

import org.datagora.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Solr could not be reached or failed: searches answer 503 with this problem, and catalog writes
 * go on (their events stay in the registry and are indexed once Solr is back).
 */
class SearchUnavailableException extends ProblemException {

	SearchUnavailableException(Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE,
				"Search is unavailable for a moment (the search engine did not answer); the catalog itself is "
						+ "unaffected, and changes will be searchable once it is back",
				List.of());
		initCause(cause);
	}
}
