package org.datagora.search;

import java.io.IOException;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.datagora.catalog.Datasets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * At start: {@code reindex} on the command line rebuilds the index and leaves (see
 * DatagoraApplication); otherwise an empty index over a catalog that has datasets (a new
 * index directory, a new cluster) is rebuilt in the background, while the portal serves.
 */
@Component
class SearchStartup implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(SearchStartup.class);

	private final SearchReindex reindex;

	private final SearchEngine engine;

	private final Datasets datasets;

	private int exitCode;

	SearchStartup(SearchReindex reindex, SearchEngine engine, Datasets datasets) {
		this.reindex = reindex;
		this.engine = engine;
		this.datasets = datasets;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.getNonOptionArgs().contains("reindex")) {
			SearchReindex.Progress done = reindex.run();
			exitCode = "done".equals(done.state()) ? 0 : 1;
			log.info("Reindex {}: {} datasets in {} s", done.state(), done.done(),
					java.time.Duration.between(done.startedAt(), done.finishedAt()).toSeconds());
			return;
		}
		long indexed;
		try {
			indexed = engine.client().query(engine.live(), new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
		}
		catch (SolrServerException | IOException | RuntimeException e) {
			log.warn("The search engine is unreachable at start; searches answer 503 until it is back: {}",
					e.getMessage());
			return;
		}
		if (indexed == 0 && datasets.countNotDeleted() > 0) {
			log.info("The search index is empty and the catalog is not: rebuilding it in the background");
			reindex.start();
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
