package org.datagora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.datagora.DatagoraApplication;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organizations;
import org.datagora.geo.GeoZones;
import org.datagora.identity.Accounts;
import org.datagora.identity.ApiTokens;
import org.datagora.identity.Viewer;
import org.datagora.search.SearchEngine;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bulk-creates a {@link SyntheticCatalog} (its organizations, then datasets with 1 to 3
 * resources) through the service layer (Datasets.createAll, the path of imports and harvesting)
 * into the embedded PostgreSQL of a data directory, and prints the rate. The search index follows
 * through the catalog's events meanwhile, as in production; the bench waits until it has every
 * dataset, so that the next user of the data directory finds no indexing left to do. Run by
 * bench/catalog.sh and bench/search.sh; not a test.
 *
 * Arguments: data directory, number of datasets, file to write a sample of public dataset ids
 * to, and optionally a file to write the API token of a site admin to.
 */
public final class BulkLoadBench {

	private static final int BATCH = 1000;

	private static final long SEED = 42;

	public static void main(String[] args) throws IOException, SolrServerException, InterruptedException {
		Path dataDirectory = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		Path idsFile = Path.of(args[2]);
		try (ConfigurableApplicationContext context = portal(dataDirectory)) {
			Viewer admin = context.getBean(Accounts.class)
				.ensureSiteAdmin("bench@example.org", "Bench", "a long benchmark password");
			// a few thousand publishers for a national catalog, fewer for a small one
			var catalog = new SyntheticCatalog(context.getBean(GeoZones.class), SEED,
					Math.max(60, Math.min(3000, count / 300)));
			long start = System.nanoTime();
			Organizations organizations = context.getBean(Organizations.class);
			List<String> organizationIds = admin.act(() -> catalog.organizations()
				.stream()
				.map(input -> organizations.create(input).id().toString())
				.toList());
			System.out.printf("bulk-create: %d organizations in %.1f s%n", organizationIds.size(), seconds(start));

			Datasets datasets = context.getBean(Datasets.class);
			Random random = new Random(SEED);
			List<String> sampleIds = new ArrayList<>();
			start = System.nanoTime();
			for (int done = 0; done < count; done += BATCH) {
				List<Datasets.NewDataset> batch = new ArrayList<>(BATCH);
				for (int i = done; i < Math.min(count, done + BATCH); i++) {
					batch.add(catalog.next(organizationIds));
				}
				List<UUID> ids = admin.act(() -> datasets.createAll(batch));
				// reads ask for 10 % of the catalog, so that many find their entry older than the freshness
				// window and ask the database; anonymous readers cannot see private datasets
				for (int i = 0; i < ids.size(); i++) {
					if (random.nextInt(10) == 0 && !Boolean.TRUE.equals(batch.get(i).dataset().isPrivate())) {
						sampleIds.add(ids.get(i).toString());
					}
				}
			}
			double loading = seconds(start);
			Files.write(idsFile, sampleIds);
			System.out.printf("bulk-create: %d datasets with 1 to 3 resources each in %.1f s: %.0f datasets/s%n",
					count, loading, count / loading);

			long end = System.nanoTime();
			long indexed = waitForIndex(context.getBean(SearchEngine.class), count);
			System.out.printf("bulk-create: search index has %d datasets %.1f s after the last batch "
					+ "(%.0f datasets/s from the first batch to the index)%n", indexed, seconds(end),
					indexed / seconds(start));
			if (args.length > 3) {
				Files.writeString(Path.of(args[3]),
						context.getBean(ApiTokens.class).issue(admin.id(), "bench", null).token());
			}
		}
	}

	/**
	 * The portal without its web server, quiet, every store under one data directory, with
	 * {@code more} properties.
	 */
	public static ConfigurableApplicationContext portal(Path dataDirectory, String... more) {
		return portal(dataDirectory, new Class<?>[0], more);
	}

	/** The same, with more configuration classes (a bench's clock, say). */
	public static ConfigurableApplicationContext portal(Path dataDirectory, Class<?>[] sources, String... more) {
		List<String> arguments = new ArrayList<>(List.of(
				"--datagora.db.embedded-directory=" + dataDirectory.resolve("postgres"),
				"--datagora.files.directory=" + dataDirectory.resolve("files"),
				"--datagora.search.directory=" + dataDirectory.resolve("solr"), "--datagora.demo.mode=never",
				"--logging.level.root=warn"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(DatagoraApplication.class).sources(sources).web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

	/**
	 * Waits until the live index holds {@code count} datasets (changes are searchable within the
	 * commit delay once indexed); gives up when the count stops growing for a minute.
	 */
	private static long waitForIndex(SearchEngine engine, long count)
			throws SolrServerException, IOException, InterruptedException {
		var query = new SolrQuery("doc_type:dataset").setRows(0);
		long indexed = -1;
		long lastGrowth = System.nanoTime();
		while (true) {
			long now = engine.client().query(engine.live(), query).getResults().getNumFound();
			if (now > indexed) {
				indexed = now;
				lastGrowth = System.nanoTime();
			}
			if (indexed >= count || seconds(lastGrowth) > 60) {
				return indexed;
			}
			Thread.sleep(200);
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}
}
