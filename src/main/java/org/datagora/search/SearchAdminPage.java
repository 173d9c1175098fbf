package org.datagora.search;

/**
 * The search administration page: the rebuild's progress, the documents in the index beside the
 * datasets of the catalog (organizations and data requests too), and the changes waiting to be indexed. {@code indexedDatasets} is -1
 * when the engine does not answer.
 */
public record SearchAdminPage(SearchReindex.Progress progress, long indexedDatasets, long indexedOrganizations,
		long indexedRequests, long catalogDatasets, long pendingChanges) {
}
