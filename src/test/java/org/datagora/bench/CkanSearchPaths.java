package org.datagora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.geo.GeoZones;
import org.datagora.web.PageRequest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Writes the package_search paths of bench/ckan.sh ({@link SyntheticCatalog#ckanSearches}) over
 * the organizations of a loaded data directory, one a line, for bench/search-queries.lua. The
 * portal must be stopped (one process per embedded PostgreSQL). Not a test.
 *
 * Arguments: data directory, file to write the paths to, number of paths (default 1000).
 */
public final class CkanSearchPaths {

	private static final long SEED = 11;

	public static void main(String[] args) throws IOException {
		Path dataDirectory = Path.of(args[0]);
		Path pathsFile = Path.of(args[1]);
		int count = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
		try (ConfigurableApplicationContext context = BulkLoadBench.portal(dataDirectory)) {
			List<String> organizations = context.getBean(Organizations.class)
				.list(null, new PageRequest(1, Integer.MAX_VALUE))
				.organizations()
				.stream()
				.map(Organization::slug)
				.toList();
			// no publishers: only the vocabulary is needed
			var catalog = new SyntheticCatalog(context.getBean(GeoZones.class), SEED, 0);
			Files.write(pathsFile, catalog.ckanSearches(count, organizations));
			System.out.printf("ckan searches: %d paths over %d organizations, written to %s%n", count,
					organizations.size(), pathsFile);
		}
	}
}
