package org.datagora.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory home of the embedded Solr (its cores and configset), under {@code ./data/}
 * @param zkHosts ZooKeeper hosts of a SolrCloud cluster ({@code DATAGORA_SOLR_ZK}), for example
 * {@code zk1:2181,zk2:2181/solr}; when set, the embedded Solr is not started
 * @param collection name of the index (a core, or in SolrCloud an alias to the current collection)
 * @param shards shards of a collection created in SolrCloud
 * @param replicas replicas of each shard in SolrCloud
 * @param visibleWithin how soon a change must be searchable (Solr's commitWithin)
 * @param retryEvery how often changes that could not be indexed (Solr unreachable) are retried
 */
@ConfigurationProperties("datagora.search")
record SearchProperties(Path directory, String zkHosts, String collection, int shards, int replicas,
		Duration visibleWithin, Duration retryEvery) {

	SearchProperties {
		directory = directory == null ? Path.of("data/solr") : directory;
		zkHosts = zkHosts == null || zkHosts.isBlank() ? null : zkHosts.strip();
		collection = collection == null || collection.isBlank() ? "datagora" : collection;
		shards = Math.max(shards, 1);
		replicas = Math.max(replicas, 1);
		visibleWithin = visibleWithin == null ? Duration.ofMillis(500) : visibleWithin;
		retryEvery = retryEvery == null ? Duration.ofSeconds(10) : retryEvery;
	}

	boolean cloud() {
		return zkHosts != null;
	}
}
