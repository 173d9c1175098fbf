package org.datagora.search;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.datagora.requests.DataRequestEvent;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows data requests as {@link CatalogEventsListener} follows the catalog: an event stays in
 * the publication registry until the index has the request's new state (its failures are retried
 * by the same schedule).
 */
@Component
class RequestEventsListener {

	private static final long WAIT_MINUTES = 5;

	private final SearchIndexer indexer;

	RequestEventsListener(SearchIndexer indexer) {
		this.indexer = indexer;
	}

	@Async
	@TransactionalEventListener
	void on(DataRequestEvent event) throws InterruptedException, ExecutionException, TimeoutException {
		indexer.request(event.requestId()).get(WAIT_MINUTES, TimeUnit.MINUTES);
	}
}
