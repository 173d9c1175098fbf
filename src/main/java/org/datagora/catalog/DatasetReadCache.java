package org.datagora.catalog;

import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Datasets as last read, with what a read must check (versions and visibility). An entry
 * checked against the database less than {@code datagora.catalog.read-freshness} ago is used
 * as it is; an older one is used once the database confirms its versions. Changes made on this
 * node drop their entries when they commit, so this node never serves an old dataset; another
 * node may, for at most the freshness window.
 */
@Component
class DatasetReadCache {

	/** What a read checks: versions of the dataset and of its organization, and visibility. */
	record Head(UUID id, int version, int organizationVersion, boolean isPrivate, boolean deleted,
			UUID organizationId, UUID ownerId) {
	}

	record Entry(Head head, Dataset dataset, long checkedAt) {
	}

	private final Cache<UUID, Entry> entries = Caffeine.newBuilder().maximumSize(20_000).build();

	private final long freshNanos;

	DatasetReadCache(@Value("${datagora.catalog.read-freshness:1s}") Duration freshness) {
		this.freshNanos = freshness.toNanos();
	}

	/** The entry if it was checked within the freshness window. */
	Entry fresh(UUID id) {
		Entry entry = entries.getIfPresent(id);
		return entry != null && System.nanoTime() - entry.checkedAt() < freshNanos ? entry : null;
	}

	/** The dataset as built at the versions of {@code head}, if it is known. */
	Dataset at(Head head) {
		Entry entry = entries.getIfPresent(head.id());
		return entry != null && entry.head().version() == head.version()
				&& entry.head().organizationVersion() == head.organizationVersion() ? entry.dataset() : null;
	}

	void put(Head head, Dataset dataset) {
		entries.put(head.id(), new Entry(head, dataset, System.nanoTime()));
	}

	void forgetAfterCommit(UUID datasetId) {
		AfterCommit.run(() -> entries.invalidate(datasetId));
	}

	/** An organization changed: the datasets showing it are rebuilt. */
	void forgetAllAfterCommit() {
		AfterCommit.run(entries::invalidateAll);
	}
}
