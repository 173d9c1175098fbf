package org.datagora.catalog;

import java.util.List;
import java.util.UUID;

/**
 * Datasets, or resources of theirs, were created, changed, deleted or restored. Published in the
 * transaction of the change, one event for a whole batch; listeners (search index, quality
 * checks, metrics) follow from it.
 */
public record DatasetChanged(List<UUID> datasetIds, String action) {

	public static DatasetChanged of(UUID datasetId, String action) {
		return new DatasetChanged(List.of(datasetId), action);
	}
}
