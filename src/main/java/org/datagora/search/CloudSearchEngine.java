package org.datagora.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.Aliases;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.zookeeper.KeeperException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SolrCloud cluster reached through ZooKeeper. Searches and updates go to an alias named
 * after the index; the alias points at one collection, and a rebuild creates the next one and
 * moves the alias, which SolrCloud does atomically. The configset is uploaded at every start.
 */
final class CloudSearchEngine extends SearchEngine {

	private static final Logger log = LoggerFactory.getLogger(CloudSearchEngine.class);

	private final CloudSolrClient client;

	private final String alias;

	private final int shards;

	private final int replicas;

	private volatile boolean prepared;

	CloudSearchEngine(String zkHosts, String alias, int shards, int replicas) {
		this.alias = alias;
		this.shards = shards;
		this.replicas = replicas;
		int slash = zkHosts.indexOf('/');
		List<String> hosts = Arrays.asList((slash < 0 ? zkHosts : zkHosts.substring(0, slash)).split(","));
		Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zkHosts.substring(slash));
		this.client = new CloudSolrClient.Builder(hosts, chroot).build();
	}

	/**
	 * Uploads the configset and creates the first collection if missing, at first use rather than
	 * at start: the portal starts, and its catalog works, while the cluster is unreachable.
	 */
	private synchronized void prepare() {
		if (prepared) {
			return;
		}
		try {
			uploadConfigset();
			if (current().isEmpty()) {
				String first = createBuild();
				pointAliasAt(first);
				log.info("Created the search collection {} behind the alias {}", first, alias);
			}
			prepared = true;
		}
		catch (RuntimeException e) {
			throw e instanceof SearchUnavailableException ? e : new SearchUnavailableException(e);
		}
	}

	private ZkStateReader zk() {
		return ((ZkClientClusterStateProvider) client.getClusterStateProvider()).getZkStateReader();
	}

	private void uploadConfigset() {
		try {
			Path conf = Files.createTempDirectory("datagora-solr-conf");
			for (Map.Entry<String, byte[]> file : configFiles().entrySet()) {
				Files.write(conf.resolve(file.getKey()), file.getValue());
			}
			zk().getZkClient().upConfig(conf, alias);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot upload the search configset to ZooKeeper", e);
		}
	}

	/** The collection the alias points at, if any. */
	private Optional<String> current() {
		try {
			zk().aliasesManager.update();
		}
		catch (KeeperException | InterruptedException e) {
			throw new SearchUnavailableException(e);
		}
		Aliases aliases = zk().getAliases();
		List<String> targets = aliases.getCollectionAliasListMap().get(alias);
		return targets == null || targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(0));
	}

	@Override
	public CloudSolrClient client() {
		prepare();
		return client;
	}

	@Override
	public String live() {
		return alias;
	}

	@Override
	String createBuild() {
		String name = alias + "_" + System.currentTimeMillis();
		admin(CollectionAdminRequest.createCollection(name, alias, shards, replicas));
		return name;
	}

	@Override
	void publish(String build) {
		Optional<String> previous = current();
		pointAliasAt(build);
		previous.filter(name -> !name.equals(build)).ifPresent(this::drop);
	}

	private void pointAliasAt(String collection) {
		admin(CollectionAdminRequest.createAlias(alias, collection));
	}

	@Override
	void drop(String build) {
		admin(CollectionAdminRequest.deleteCollection(build));
	}

	private void admin(CollectionAdminRequest<?> request) {
		try {
			request.process(client);
		}
		catch (SolrServerException | IOException e) {
			throw new SearchUnavailableException(e);
		}
	}

	@Override
	public void close() {
		try {
			client.close();
		}
		catch (IOException e) {
			log.warn("Closing the SolrCloud client failed", e);
		}
	}
}
