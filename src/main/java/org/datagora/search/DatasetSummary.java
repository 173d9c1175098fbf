package org.datagora.search;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Resource;

/**
 * A dataset in a page of search results: every field of the dataset, its resources summed up
 * (how many, which formats) rather than listed. A dataset may have thousands of resources; a
 * page of results stays small whatever they hold, and {@code GET /api/1/datasets/{id}} lists
 * them (udata's API v2 made the same choice).
 */
record DatasetSummary(@JsonUnwrapped @JsonIgnoreProperties("resources") Dataset dataset, int resourceCount,
		List<String> formats) {

	static DatasetSummary of(Dataset dataset) {
		List<Resource> resources = dataset.resources() == null ? List.of() : dataset.resources();
		return new DatasetSummary(dataset, resources.size(),
				resources.stream().map(Resource::format).filter(Objects::nonNull).distinct().toList());
	}
}
