package org.datagora.search;

import java.io.IOException;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.datagora.catalog.Datasets;
import org.datagora.requests.DataRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * At start: {@code reindex} on the command line rebuilds the index and leaves (see
 * DatagoraApplication); otherwise an index that was not built with the configuration of this
 * version (a new index directory or cluster, a changed schema) is rebuilt in the background,
 * while the portal serves.
 */
@Component
class SearchStartup implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(SearchStartup.class);

	private final SearchReindex reindex;

	private final SearchEngine engine;

	private final Datasets datasets;

	private final DataRequests requests;

	private int exitCode;

	SearchStartup(SearchReindex reindex, SearchEngine engine, Datasets datasets, DataRequests requests) {
		this.reindex = reindex;
		this.engine = engine;
		this.datasets = datasets;
		this.requests = requests;
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
		SolrDocument marker;
		try {
			marker = engine.client().getById(engine.live(), SearchEngine.CONFIGSET_MARKER);
		}
		catch (SolrServerException | IOException | RuntimeException e) {
			log.warn("The search engine is unreachable at start; searches answer 503 until it is back: {}",
					e.getMessage());
			return;
		}
		if (marker == null && datasets.countNotDeleted() == 0 && requests.count() == 0) {
			// a new, empty index is in step with an empty portal: say so, so that the next start
			// does not rebuild it
			try {
				engine.client().add(engine.live(), SearchEngine.configsetMarker());
			}
			catch (SolrServerException | IOException | RuntimeException e) {
				log.warn("Could not mark the new search index: {}", e.getMessage());
			}
			return;
		}
		if (marker == null || !SearchEngine.configsetHash().equals(marker.getFieldValue("configset"))) {
			log.info("The search index was built with another configuration, or not built: rebuilding it in the "
					+ "background (searches go on meanwhile against the current index)");
			reindex.start();
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
