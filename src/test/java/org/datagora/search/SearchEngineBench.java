package org.datagora.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

import org.apache.solr.client.solrj.SolrQuery;
import org.datagora.bench.BulkLoadBench;
import org.datagora.bench.SyntheticCatalog;
import org.datagora.geo.GeoZones;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ceiling of the search API, measured in the same run: realistic searches (words of the
 * {@link SyntheticCatalog}, some with a licence or zone filter, the 8 facets of the search page,
 * pages of 20) built into Solr queries by {@link DatasetSearch#solrQuery} exactly as the API
 * builds them, then run straight on the embedded Solr of a data directory from 1 thread and from
 * 16 threads for a fixed time. Also runs the whole {@link DatasetSearch#search} (Solr, then the
 * datasets and facet labels read from PostgreSQL) in process, which tells where the API's time
 * goes, and writes the searches as API paths for wrk (bench/search-queries.lua). The portal must
 * be stopped (one process per embedded PostgreSQL). Run by bench/search.sh; not a test.
 *
 * Arguments: data directory, file to write the API paths to, seconds per run (default 30),
 * number of searches (default 1000), seconds of warm-up (default: seconds per run); the JIT
 * takes minutes to settle on Solr's code, and the portal gets the same warm-up.
 */
public final class SearchEngineBench {

	private static final long SEED = 7;

	public static void main(String[] args) throws Exception {
		Path dataDirectory = Path.of(args[0]);
		Path pathsFile = Path.of(args[1]);
		long seconds = args.length > 2 ? Long.parseLong(args[2]) : 30;
		int count = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
		long warmUp = args.length > 4 ? Long.parseLong(args[4]) : seconds;
		try (ConfigurableApplicationContext context = BulkLoadBench.portal(dataDirectory)) {
			DatasetSearch search = context.getBean(DatasetSearch.class);
			SearchEngine engine = context.getBean(SearchEngine.class);
			// no publishers: only the vocabulary and the zones are needed
			var catalog = new SyntheticCatalog(context.getBean(GeoZones.class), SEED, 0);
			List<DatasetQuery> queries = new ArrayList<>();
			List<SolrQuery> solrQueries = new ArrayList<>();
			List<String> paths = new ArrayList<>();
			long hits = 0;
			for (SyntheticCatalog.Search each : catalog.searches(count)) {
				DatasetQuery query = parameters(each).query(false);
				SolrQuery solr = search.solrQuery(query);
				long found = engine.client().query(engine.live(), solr).getResults().getNumFound();
				// a search without results makes the API ask again with typos allowed: left out, so
				// that both sides do the same work, one Solr query a search
				if (found > 0) {
					queries.add(query);
					solrQueries.add(solr);
					paths.add(each.path());
					hits += found;
				}
			}
			Files.write(pathsFile, paths);
			System.out.printf("searches: %d of %d have results (%d on average), written to %s%n", paths.size(), count,
					hits / Math.max(1, paths.size()), pathsFile);

			IntConsumer raw = i -> {
				try {
					engine.client().query(engine.live(), solrQueries.get(i));
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			};
			IntConsumer whole = i -> search.search(queries.get(i));
			int size = queries.size();
			// warm-up: JIT, Solr's caches, the page cache
			run(raw, size, 16, warmUp / 2);
			run(whole, size, 16, warmUp / 2);
			report("raw solr, 1 thread", run(raw, size, 1, seconds));
			report("raw solr, 16 threads", run(raw, size, 16, seconds));
			report("DatasetSearch.search (solr + catalog reads), 1 thread", run(whole, size, 1, seconds));
			report("DatasetSearch.search (solr + catalog reads), 16 threads", run(whole, size, 16, seconds));
		}
	}

	/** The search as the API receives it: the same defaults (facet size, first page) follow. */
	private static SearchParameters parameters(SyntheticCatalog.Search search) {
		return new SearchParameters(search.q(), null, null, null, null, search.license(), null, null,
				search.geozone(), null, null, null, null, null, null, null, null, null, null, 20, null,
				SyntheticCatalog.FACETS, null);
	}

	private record Result(long count, double seconds, long[] nanos) {
	}

	/** Runs random searches among {@code size} from {@code threads} threads for {@code seconds}. */
	private static Result run(IntConsumer search, int size, int threads, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		long[][] latencies = new long[threads][];
		int[] counts = new int[threads];
		List<Thread> workers = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			Thread worker = new Thread(() -> {
				long[] nanos = new long[1 << 16];
				int n = 0;
				while (System.nanoTime() < deadline) {
					long before = System.nanoTime();
					search.accept(ThreadLocalRandom.current().nextInt(size));
					if (n == nanos.length) {
						nanos = Arrays.copyOf(nanos, n * 2);
					}
					nanos[n++] = System.nanoTime() - before;
				}
				// seen by the caller after join()
				latencies[thread] = nanos;
				counts[thread] = n;
			});
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		long[] all = new long[Arrays.stream(counts).sum()];
		int at = 0;
		for (int t = 0; t < threads; t++) {
			System.arraycopy(latencies[t], 0, all, at, counts[t]);
			at += counts[t];
		}
		Arrays.sort(all);
		return new Result(all.length, elapsed, all);
	}

	private static void report(String label, Result result) {
		System.out.printf("%s: %.0f queries/s, p50 %.2f ms, p99 %.2f ms (%d queries in %.0f s)%n", label,
				result.count() / result.seconds(), percentile(result.nanos(), 50), percentile(result.nanos(), 99),
				result.count(), result.seconds());
	}

	private static double percentile(long[] sorted, int percent) {
		return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * percent / 100L)] / 1e6;
	}
}
