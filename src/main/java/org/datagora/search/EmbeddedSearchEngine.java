package org.datagora.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solr in the portal's process, its cores under {@code data/solr}: nothing to install. The
 * configset is written from the project at every start, so the index follows the code's schema.
 * A build is another core, swapped with the live one when complete.
 */
final class EmbeddedSearchEngine extends SearchEngine {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedSearchEngine.class);

	private static final String BUILD_PREFIX = "build_";

	private final Path home;

	private final String live;

	private final CoreContainer cores;

	private final EmbeddedSolrServer client;

	EmbeddedSearchEngine(Path home, String live) {
		this.home = home.toAbsolutePath();
		this.live = live;
		writeHome();
		this.cores = CoreContainer.createAndLoad(this.home);
		// a build left behind by a stopped rebuild is dropped; the live core stays as it was
		for (String name : cores.getAllCoreNames()) {
			if (name.startsWith(BUILD_PREFIX)) {
				log.info("Dropping the unfinished search index build {}", name);
				cores.unload(name, true, true, true);
			}
		}
		if (!cores.getAllCoreNames().contains(live)) {
			create(live);
		}
		this.client = new EmbeddedSolrServer(cores, live);
	}

	private void writeHome() {
		try {
			Files.createDirectories(home.resolve("cores"));
			Path conf = Files.createDirectories(home.resolve("configsets/datagora/conf"));
			for (Map.Entry<String, byte[]> file : configFiles().entrySet()) {
				Files.write(conf.resolve(file.getKey()), file.getValue());
			}
			Files.writeString(home.resolve("solr.xml"), """
					<?xml version="1.0" encoding="UTF-8" ?>
					<solr>
					  <str name="coreRootDirectory">cores</str>
					  <str name="configSetBaseDir">configsets</str>
					  <str name="sharedLib"></str>
					</solr>
					""");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot prepare the search index directory " + home, e);
		}
	}

	private void create(String name) {
		cores.create(name, home.resolve("cores").resolve(name), Map.of("configSet", "datagora"), false);
	}

	@Override
	public SolrClient client() {
		return client;
	}

	@Override
	public String live() {
		return live;
	}

	@Override
	String createBuild() {
		String name = BUILD_PREFIX + System.currentTimeMillis();
		create(name);
		return name;
	}

	@Override
	void publish(String build) {
		cores.swap(live, build);
		// after the swap, the build's name points at the old index
		cores.unload(build, true, true, true);
	}

	@Override
	void drop(String build) {
		cores.unload(build, true, true, true);
	}

	@Override
	public void close() {
		cores.shutdown();
	}
}
