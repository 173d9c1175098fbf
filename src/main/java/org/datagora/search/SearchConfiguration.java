package org.datagora.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableAsync
@EnableScheduling
class SearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

	@Bean(destroyMethod = "close")
	SearchEngine searchEngine(SearchProperties properties) {
		if (properties.cloud()) {
			log.info("Search on SolrCloud through ZooKeeper {}", properties.zkHosts());
			return new CloudSearchEngine(properties.zkHosts(), properties.collection(), properties.shards(),
					properties.replicas());
		}
		log.info("Search on an embedded Solr in {}", properties.directory().toAbsolutePath());
		return new EmbeddedSearchEngine(properties.directory(), properties.collection());
	}
}
