package org.datagora.harvest;

import java.time.Instant;
import java.util.UUID;

/**
 * One run of a source, with what happened to its items. A preview reads and compares but writes
 * nothing to the catalog: its counts say what a harvest would do.
 *
 * @param state queued, running, done or failed
 * @param items items read so far
 */
public record HarvestJob(UUID id, UUID sourceId, boolean preview, String state, String error, Instant queuedAt,
		Instant startedAt, Instant endedAt, int items, int created, int updated, int unchanged, int archived,
		int skipped, int failed) {

	public boolean finished() {
		return "done".equals(state) || "failed".equals(state);
	}
}
