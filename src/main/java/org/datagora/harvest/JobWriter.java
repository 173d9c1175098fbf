package org.datagora.harvest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datagora.catalog.DatasetInput;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Origin;
import org.datagora.harvest.protocol.HarvestSink;
import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.identity.Viewer;
import org.datagora.web.ProblemException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a protocol's items land during a job: in batches, each item is mapped, hashed and
 * compared with what the source gave last time. Unchanged items only have their sighting
 * recorded; new ones are created in one transaction with their harvest records (a crash cannot
 * leave a dataset without its record, so a re-harvest never duplicates it); changed ones are
 * updated one by one. Every item's outcome is recorded. A preview compares and records, and
 * writes nothing to the catalog.
 */
final class JobWriter implements HarvestSink {

	/** The account harvests act as (migration V10): the author of harvested changes in history. */
	static final Viewer HARVESTER = new Viewer(UUID.fromString("00000000-0000-4000-8000-000000000001"),
			"harvester@datagora.invalid", "Moissonneur", true);

	@Component
	static class Factory {

		private final JdbcClient jdbc;

		private final JdbcTemplate template;

		private final TransactionTemplate transactions;

		private final Datasets datasets;

		private final SourceMapping mapping;

		private final HarvestProperties properties;

		Factory(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, Datasets datasets,
				SourceMapping mapping, HarvestProperties properties) {
			this.jdbc = jdbc;
			this.template = template;
			this.transactions = transactions;
			this.datasets = datasets;
			this.mapping = mapping;
			this.properties = properties;
		}

		JobWriter open(HarvestJob job, HarvestSource source) {
			return new JobWriter(this, job, source);
		}
	}

	private record Item(String remoteId, String title, UUID datasetId, String outcome, String message) {
	}

	private record Pending(RemoteDataset remote, SourceMapping.Mapped mapped, String hash) {
	}

	private record Known(UUID datasetId, String hash, boolean archived) {
	}

	private final Factory factory;

	private final HarvestJob job;

	private final HarvestSource source;

	private final List<RemoteDataset> batch = new ArrayList<>();

	private final List<Item> done = new ArrayList<>();

	private final Set<String> seen = new HashSet<>();

	private JobWriter(Factory factory, HarvestJob job, HarvestSource source) {
		this.factory = factory;
		this.job = job;
		this.source = source;
	}

	@Override
	public void accept(RemoteDataset dataset) {
		String remoteId = dataset.remoteId() == null ? null : dataset.remoteId().strip();
		if (remoteId == null || remoteId.isEmpty()) {
			failed(null, "An item has no identifier at the source: it cannot be followed from one harvest to the next");
			return;
		}
		if (!seen.add(remoteId)) {
			done.add(new Item(remoteId, dataset.title(), null, "skipped", "listed more than once by the source"));
			return;
		}
		if (dataset.title() == null || dataset.title().isBlank()) {
			done.add(new Item(remoteId, null, null, "failed", "no title"));
			return;
		}
		batch.add(dataset);
		if (batch.size() >= factory.properties.batchSize()) {
			flush();
		}
	}

	@Override
	public void failed(String remoteId, String reason) {
		if (remoteId != null && !seen.add(remoteId)) {
			return;
		}
		done.add(new Item(remoteId, null, null, "failed", reason));
		if (done.size() >= factory.properties.batchSize()) {
			flush();
		}
	}

	/** Writes what is pending and records the outcomes. */
	void flush() {
		if (!batch.isEmpty()) {
			write(List.copyOf(batch));
			batch.clear();
		}
		record();
	}

	private void write(List<RemoteDataset> remotes) {
		List<Pending> pending = remotes.stream().map(remote -> {
			SourceMapping.Mapped mapped = factory.mapping.map(remote, source.organizationId());
			return new Pending(remote, mapped, hash(mapped, remote));
		}).toList();
		Map<String, Known> known = known(remotes.stream().map(RemoteDataset::remoteId).toList());
		List<Pending> created = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		for (Pending item : pending) {
			Known was = known.get(item.remote().remoteId());
			if (was == null) {
				created.add(item);
			}
			else if (was.hash().equals(item.hash()) && !was.archived()) {
				unchanged.add(item.remote().remoteId());
				done.add(new Item(item.remote().remoteId(), item.remote().title(), was.datasetId(), "unchanged", null));
			}
			else if (job.preview()) {
				done.add(new Item(item.remote().remoteId(), item.remote().title(), was.datasetId(), "updated",
						notes(item)));
			}
			else {
				update(item, was);
			}
		}
		if (!job.preview() && !unchanged.isEmpty()) {
			factory.jdbc.sql("""
					update harvest_record set last_seen_at = now(), gone_since = null
					where source_id = ? and remote_id = any(?)
					""").params(source.id(), unchanged.toArray(String[]::new)).update();
		}
		if (job.preview()) {
			created.forEach(item -> done.add(new Item(item.remote().remoteId(), item.remote().title(), null, "created",
					notes(item))));
		}
		else if (!created.isEmpty()) {
			create(created);
		}
	}

	/** Creates a batch in one transaction; a batch the catalog refuses is retried item by item. */
	private void create(List<Pending> items) {
		try {
			List<UUID> ids = HARVESTER.act(() -> factory.transactions.execute(status -> {
				List<UUID> created = factory.datasets.createAll(items.stream()
					.map(item -> new Datasets.NewDataset(item.mapped().dataset(), item.mapped().resources(),
							origin(item.remote())))
					.toList());
				insertRecords(items, created);
				return created;
			}));
			for (int i = 0; i < items.size(); i++) {
				Pending item = items.get(i);
				done.add(new Item(item.remote().remoteId(), item.remote().title(), ids.get(i), "created", notes(item)));
			}
		}
		catch (ProblemException | DataIntegrityViolationException e) {
			// one bad item (or a slug taken meanwhile by another writer) must not fail its batch
			if (items.size() > 1) {
				items.forEach(item -> create(List.of(item)));
				return;
			}
			Pending item = items.get(0);
			done.add(new Item(item.remote().remoteId(), item.remote().title(), null, "failed",
					e instanceof ProblemException problem ? problem(problem) : "refused by the catalog: "
							+ ((DataIntegrityViolationException) e).getMostSpecificCause().getMessage()));
		}
	}

	private void update(Pending item, Known was) {
		try {
			HARVESTER.act(() -> factory.transactions.execute(status -> {
				factory.datasets.updateFromSource(was.datasetId(), item.mapped().dataset(), item.mapped().resources(),
						origin(item.remote()));
				factory.jdbc.sql("""
						update harvest_record set content_hash = ?, last_seen_at = now(), gone_since = null,
						    archived_at = null
						where dataset_id = ?
						""").params(item.hash(), was.datasetId()).update();
				return null;
			}));
			done.add(new Item(item.remote().remoteId(), item.remote().title(), was.datasetId(), "updated", notes(item)));
		}
		catch (ProblemException e) {
			done.add(new Item(item.remote().remoteId(), item.remote().title(), was.datasetId(), "failed", problem(e)));
		}
	}

	/**
	 * After a complete walk: records the datasets the source no longer lists, and archives those
	 * gone for longer than the source's grace period.
	 */
	void archiveGone(Instant walkStarted) {
		factory.jdbc.sql("""
				update harvest_record set gone_since = now()
				where source_id = ? and last_seen_at < ? and gone_since is null
				""").params(source.id(), java.sql.Timestamp.from(walkStarted)).update();
		List<Map<String, Object>> gone = factory.jdbc.sql("""
				select dataset_id, remote_id from harvest_record
				where source_id = ? and archived_at is null and gone_since <= now() - make_interval(days => ?)
				""").params(source.id(), source.graceDays()).query().listOfRows();
		DatasetInput archive = new DatasetInput(null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, true);
		for (Map<String, Object> row : gone) {
			UUID datasetId = (UUID) row.get("dataset_id");
			String remoteId = (String) row.get("remote_id");
			HARVESTER.act(() -> factory.transactions.execute(status -> {
				factory.datasets.updateFromSource(datasetId, archive, null, null);
				factory.jdbc.sql("update harvest_record set archived_at = now() where dataset_id = ?").param(datasetId).update();
				return null;
			}));
			done.add(new Item(remoteId, null, datasetId, "archived", "no longer listed by the source since more than "
					+ source.graceDays() + " day(s)"));
			if (done.size() >= factory.properties.batchSize()) {
				record();
			}
		}
		record();
	}

	private Map<String, Known> known(List<String> remoteIds) {
		Map<String, Known> known = new HashMap<>();
		factory.jdbc.sql("""
				select remote_id, dataset_id, content_hash, archived_at is not null as archived from harvest_record
				where source_id = ? and remote_id = any(?)
				""")
			.params(source.id(), remoteIds.toArray(String[]::new))
			.query(rs -> {
				known.put(rs.getString("remote_id"), new Known(rs.getObject("dataset_id", UUID.class),
						rs.getString("content_hash"), rs.getBoolean("archived")));
			});
		return known;
	}

	private void insertRecords(List<Pending> items, List<UUID> ids) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			rows.add(new Object[] { ids.get(i), source.id(), items.get(i).remote().remoteId(), items.get(i).hash() });
		}
		factory.template.batchUpdate("""
				insert into harvest_record (dataset_id, source_id, remote_id, content_hash, last_seen_at)
				values (?, ?, ?, ?, now())
				""", rows);
	}

	/** Records the outcomes gathered since the last time, and adds them to the job's counts. */
	private void record() {
		if (done.isEmpty()) {
			return;
		}
		factory.template.batchUpdate("""
				insert into harvest_item (job_id, remote_id, dataset_id, title, outcome, message) values (?, ?, ?, ?, ?, ?)
				on conflict do nothing
				""", done.stream()
			.map(item -> new Object[] { job.id(), item.remoteId(), item.datasetId(), cut(item.title()), item.outcome(),
					item.message() })
			.toList());
		Map<String, Integer> counts = new HashMap<>();
		done.forEach(item -> counts.merge(item.outcome(), 1, Integer::sum));
		factory.jdbc.sql("""
				update harvest_job set items = items + ?, created = created + ?, updated = updated + ?,
				    unchanged = unchanged + ?, archived = archived + ?, skipped = skipped + ?, failed = failed + ?,
				    heartbeat_at = now()
				where id = ?
				""")
			.params(done.size() - counts.getOrDefault("archived", 0), counts.getOrDefault("created", 0),
					counts.getOrDefault("updated", 0), counts.getOrDefault("unchanged", 0),
					counts.getOrDefault("archived", 0), counts.getOrDefault("skipped", 0),
					counts.getOrDefault("failed", 0), job.id())
			.update();
		done.clear();
	}

	private Origin origin(RemoteDataset remote) {
		return new Origin(source.id(), source.name(), remote.remoteId(), remote.remotePage());
	}

	private static String notes(Pending item) {
		return item.mapped().notes().isEmpty() ? null : String.join("; ", item.mapped().notes());
	}

	private static String problem(ProblemException e) {
		return e.errors().isEmpty() ? e.getMessage()
				: e.errors().stream().map(error -> error.field() + ": " + error.message())
					.collect(java.util.stream.Collectors.joining("; "));
	}

	private static String cut(String title) {
		return title == null || title.length() <= 350 ? title : title.substring(0, 350);
	}

	/** The hash of what the catalog would store: a change of mapping counts as a change. */
	private static String hash(SourceMapping.Mapped mapped, RemoteDataset remote) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(mapped.dataset().toString().getBytes(StandardCharsets.UTF_8));
			digest.update(mapped.resources().toString().getBytes(StandardCharsets.UTF_8));
			digest.update(String.valueOf(remote.remotePage()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
