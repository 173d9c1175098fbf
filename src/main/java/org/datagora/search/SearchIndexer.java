package org.datagora.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.requests.DataRequest;
import org.datagora.requests.DataRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes changes of the catalog and of data requests into the index. One worker thread applies them in order, so that an
 * older state can never overwrite a newer one; it takes whatever is waiting as one batch, which
 * keeps up with bulk imports. Each change reads the current state from PostgreSQL, so applying
 * it twice (after a retry or a restart) is harmless.
 */
@Component
class SearchIndexer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	static final int BATCH = 500;

	private final SearchEngine engine;

	private final Datasets datasets;

	private final Organizations organizations;

	private final DataRequests requests;

	private final SearchDocuments documents;

	private final IndexVersions versions;

	private final int commitWithin;

	private final BlockingQueue<Work> queue = new LinkedBlockingQueue<>();

	private volatile Thread worker;

	/** Set while a rebuild runs: what changed meanwhile, to apply to the build before it is published. */
	private volatile Touched touched;

	SearchIndexer(SearchEngine engine, Datasets datasets, Organizations organizations, DataRequests requests,
			SearchDocuments documents, IndexVersions versions, SearchProperties properties) {
		this.engine = engine;
		this.requests = requests;
		this.versions = versions;
		this.datasets = datasets;
		this.organizations = organizations;
		this.documents = documents;
		this.commitWithin = (int) properties.visibleWithin().toMillis();
	}

	/** Indexes the current state of these datasets (removing deleted ones); completes once written. */
	CompletableFuture<Void> datasets(List<UUID> ids) {
		return submit(new Work(List.copyOf(ids), List.of(), List.of(), null));
	}

	/**
	 * Indexes an organization, every dataset it publishes and every request it holds (their
	 * publisher's or holder's name is in them).
	 */
	CompletableFuture<Void> organization(UUID id) {
		return submit(new Work(List.of(), List.of(id), List.of(), null));
	}

	/** Indexes the current state of a data request. */
	CompletableFuture<Void> request(UUID id) {
		return submit(new Work(List.of(), List.of(), List.of(id), null));
	}

	/** Runs {@code task} on the worker, between batches: nothing is indexed meanwhile. */
	<T> CompletableFuture<T> exclusively(Callable<T> task) {
		var result = new CompletableFuture<T>();
		submit(new Work(List.of(), List.of(), List.of(), () -> {
			result.complete(task.call());
			return null;
		})).exceptionally(failure -> {
			result.completeExceptionally(failure);
			return null;
		});
		return result;
	}

	private CompletableFuture<Void> submit(Work work) {
		if (worker == null) {
			work.done().completeExceptionally(new IllegalStateException("The search indexer is stopped"));
		}
		else {
			queue.add(work);
		}
		return work.done();
	}

	private record Work(List<UUID> datasetIds, List<UUID> organizationIds, List<UUID> requestIds,
			Callable<Void> task, CompletableFuture<Void> done) {

		Work(List<UUID> datasetIds, List<UUID> organizationIds, List<UUID> requestIds, Callable<Void> task) {
			this(datasetIds, organizationIds, requestIds, task, new CompletableFuture<>());
		}
	}

	private void run() {
		while (worker == Thread.currentThread()) {
			List<Work> batch = new ArrayList<>();
			try {
				batch.add(queue.take());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			if (batch.get(0).task() != null) {
				runTask(batch.get(0));
				continue;
			}
			// whatever else waits goes in the same batch, up to the next task
			while (batch.size() < BATCH && queue.peek() != null && queue.peek().task() == null) {
				batch.add(queue.poll());
			}
			try {
				apply(batch);
				batch.forEach(work -> work.done().complete(null));
			}
			catch (RuntimeException | SolrServerException | IOException e) {
				log.warn("Indexing {} changes failed; they will be retried: {}", batch.size(), e.toString());
				batch.forEach(work -> work.done().completeExceptionally(e));
			}
		}
		queue.forEach(work -> work.done().completeExceptionally(new IllegalStateException("Indexer stopped")));
	}

	private void runTask(Work work) {
		try {
			work.task().call();
			work.done().complete(null);
		}
		catch (Exception e) {
			work.done().completeExceptionally(e);
		}
	}

	private void apply(List<Work> batch) throws SolrServerException, IOException {
		Set<UUID> datasetIds = new LinkedHashSet<>();
		Set<UUID> organizationIds = new LinkedHashSet<>();
		Set<UUID> requestIds = new LinkedHashSet<>();
		batch.forEach(work -> {
			datasetIds.addAll(work.datasetIds());
			organizationIds.addAll(work.organizationIds());
			requestIds.addAll(work.requestIds());
		});
		Touched during = touched;
		if (during != null) {
			during.datasets.addAll(datasetIds);
			during.organizations.addAll(organizationIds);
			during.requests.addAll(requestIds);
		}
		String target = engine.live();
		writeDatasets(target, List.copyOf(datasetIds));
		writeRequests(target, List.copyOf(requestIds));
		for (UUID organizationId : organizationIds) {
			writeOrganization(target, organizationId);
		}
	}

	/** Writes the current state of these datasets into {@code target}. */
	void writeDatasets(String target, List<UUID> ids) throws SolrServerException, IOException {
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
			long version = versions.next();
			List<Dataset> found = datasets.byIds(chunk);
			List<Dataset> live = found.stream().filter(dataset -> dataset.deleted() == null).toList();
			Set<UUID> gone = new LinkedHashSet<>(chunk);
			live.forEach(dataset -> gone.remove(dataset.id()));
			if (!live.isEmpty()) {
				add(target, documentsOf(live, version));
			}
			delete(target, gone.stream().map(UUID::toString).toList(), version);
		}
	}

	/**
	 * Adds documents; when Solr refuses the batch as invalid, adds them one by one and skips (and
	 * logs) those it refuses, which retrying could never index, so that they do not hold the others.
	 */
	void add(String target, List<SolrInputDocument> docs) throws SolrServerException, IOException {
		// a build becomes visible when it is published, not bit by bit
		int within = target.equals(engine.live()) ? commitWithin : -1;
		try {
			engine.client().add(target, docs, within);
		}
		catch (SolrException e) {
			if (e.code() != SolrException.ErrorCode.BAD_REQUEST.code) {
				throw e;
			}
			for (SolrInputDocument doc : docs) {
				try {
					engine.client().add(target, doc, within);
				}
				catch (SolrException refused) {
					if (refused.code() != SolrException.ErrorCode.BAD_REQUEST.code) {
						throw refused;
					}
					log.error("The search index refuses document {}: {}", doc.getFieldValue("id"),
							refused.getMessage());
				}
			}
		}
	}

	/** Removes documents, leaving tombstones at {@code version} so that no older state comes back. */
	private void delete(String target, List<String> ids, long version) throws SolrServerException, IOException {
		if (ids.isEmpty()) {
			return;
		}
		var request = new UpdateRequest();
		request.deleteById(ids);
		request.setParam("del_version", String.valueOf(version));
		request.setCommitWithin(commitWithin);
		request.process(engine.client(), target);
	}

	/** Documents of datasets read after {@code version} was taken (see {@link IndexVersions}). */
	List<SolrInputDocument> documentsOf(List<Dataset> batch, long version) {
		Set<UUID> organizationIds = new LinkedHashSet<>();
		batch.stream()
			.filter(dataset -> dataset.organization() != null)
			.forEach(dataset -> organizationIds.add(dataset.organization().id()));
		Map<UUID, Organization> publishers = new HashMap<>(organizations.findAll(organizationIds));
		List<SolrInputDocument> docs = documents.datasets(batch, publishers);
		docs.forEach(doc -> doc.setField("index_version", version));
		return docs;
	}

	/** Writes the current state of these requests into {@code target}. */
	void writeRequests(String target, List<UUID> ids) throws SolrServerException, IOException {
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
			long version = versions.next();
			List<DataRequest> found = requests.readByIds(chunk);
			if (!found.isEmpty()) {
				add(target, requestDocuments(found, version));
			}
		}
	}

	/** Documents of requests read after {@code version} was taken. */
	List<SolrInputDocument> requestDocuments(List<DataRequest> batch, long version) {
		List<SolrInputDocument> docs = documents.requests(batch);
		docs.forEach(doc -> doc.setField("index_version", version));
		return docs;
	}

	/**
	 * Writes an organization (or removes it when deleted), every dataset it publishes and every
	 * request it holds.
	 */
	void writeOrganization(String target, UUID id) throws SolrServerException, IOException {
		long version = versions.next();
		var organization = organizations.find(id.toString());
		if (organization.isEmpty()) {
			delete(target, List.of(id.toString()), version);
			return;
		}
		add(target, List.of(organizationDocument(organization.get(), version)));
		UUID after = null;
		List<Dataset> page;
		do {
			long pageVersion = versions.next();
			page = datasets.scan(id, after, BATCH);
			if (!page.isEmpty()) {
				add(target, documentsOf(page, pageVersion));
				after = page.get(page.size() - 1).id();
			}
		}
		while (page.size() == BATCH);
		UUID afterRequest = null;
		List<DataRequest> held;
		do {
			long pageVersion = versions.next();
			held = requests.scan(id, afterRequest, BATCH);
			if (!held.isEmpty()) {
				add(target, requestDocuments(held, pageVersion));
				afterRequest = held.get(held.size() - 1).id();
			}
		}
		while (held.size() == BATCH);
	}

	SolrInputDocument organizationDocument(Organization organization, long version) {
		SolrInputDocument doc = documents.organization(organization);
		doc.setField("index_version", version);
		return doc;
	}

	/** Starts recording what changes, for a rebuild; {@link #stopRecording()} hands it over. */
	void startRecording() {
		touched = new Touched(ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet(),
				ConcurrentHashMap.newKeySet());
	}

	/** What changed since {@link #startRecording()}; call it on the worker ({@link #exclusively}). */
	Touched stopRecording() {
		Touched recorded = touched;
		touched = null;
		return recorded;
	}

	record Touched(Set<UUID> datasets, Set<UUID> organizations, Set<UUID> requests) {
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::run, "search-indexer");
		thread.setDaemon(true);
		worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = worker;
		worker = null;
		if (thread != null) {
			// woken by an empty task rather than interrupted: an interrupt during a write would
			// close Lucene's files under it
			queue.add(new Work(List.of(), List.of(), List.of(), () -> null));
			try {
				thread.join(30_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return worker != null;
	}

	@Override
	public int getPhase() {
		// stops after the web server (which stops at a higher phase) and before the engine closes
		return 0;
	}
}
