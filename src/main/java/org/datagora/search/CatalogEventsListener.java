package org.datagora.search;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.datagora.catalog.DatasetChanged;
import org.datagora.catalog.OrganizationChanged;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows the catalog's writes. Each event is stored in the event publication registry in the
 * transaction of the write and marked complete only once the index has it: a change that
 * could not be indexed (Solr down, the portal stopped) is retried here, or at the next start.
 */
@Component
class CatalogEventsListener {

	private static final long WAIT_MINUTES = 5;

	private final SearchIndexer indexer;

	private final FailedEventPublications failed;

	CatalogEventsListener(SearchIndexer indexer, FailedEventPublications failed) {
		this.indexer = indexer;
		this.failed = failed;
	}

	@Async
	@TransactionalEventListener
	void on(DatasetChanged event) throws InterruptedException, ExecutionException, TimeoutException {
		indexer.datasets(event.datasetIds()).get(WAIT_MINUTES, TimeUnit.MINUTES);
	}

	@Async
	@TransactionalEventListener
	void on(OrganizationChanged event) throws InterruptedException, ExecutionException, TimeoutException {
		indexer.organization(event.organizationId()).get(WAIT_MINUTES, TimeUnit.MINUTES);
	}

	@Scheduled(fixedDelayString = "${datagora.search.retry-every:10s}",
			initialDelayString = "${datagora.search.retry-every:10s}")
	void retryFailed() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofSeconds(1)));
	}
}
