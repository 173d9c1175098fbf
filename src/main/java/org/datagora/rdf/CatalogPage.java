package org.datagora.rdf;

import java.util.List;

import org.datagora.catalog.Dataset;

/**
 * One page of the catalog and the Hydra links around it (absolute URLs; null where there is no
 * such page).
 */
public record CatalogPage(List<Dataset> datasets, long total, String self, String first, String previous,
		String next, String last) {
}
