package org.datagora.catalog;

import java.util.UUID;

/**
 * A dataset or one of its resources was created, changed, deleted or restored. Published in the
 * transaction of the change; listeners (search index, quality checks, metrics) follow from it.
 */
public record DatasetChanged(UUID datasetId, String action) {
}
