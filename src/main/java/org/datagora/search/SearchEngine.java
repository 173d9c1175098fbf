package org.datagora.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.datagora.web.ProblemException;

/**
 * Where the index lives: an embedded Solr core or a SolrCloud collection. Queries and updates
 * go through {@link #client()} to the collection named {@link #live()}; a full rebuild writes
 * into a {@link #createBuild() build} index, then {@link #publish(String) publishes} it in one
 * step, so searches never see a half-built index.
 */
public abstract class SearchEngine implements AutoCloseable {

	/** Our configset, kept in the project: the same files for the embedded core and the cloud. */
	static final List<String> CONFIG_FILES = List.of("solrconfig.xml", "schema.xml", "synonyms.txt");

	public abstract SolrClient client();

	/** The name to send queries and updates to. */
	public abstract String live();

	/** A new empty index beside the live one; its name is returned. */
	abstract String createBuild();

	/** Makes a build the live index, atomically for searches, and drops the index it replaces. */
	abstract void publish(String build);

	/** Drops a build that will not be published. */
	abstract void drop(String build);

	@Override
	public abstract void close();

	/** Runs a search on the live index; an engine that fails or cannot be reached is a 503. */
	QueryResponse query(SolrQuery query) {
		try {
			return client().query(live(), query);
		}
		catch (SolrException e) {
			if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code
					&& query.get(CursorMarkParams.CURSOR_MARK_PARAM) != null) {
				throw ProblemException.invalid("cursor", "must be * or the next_cursor of a previous answer");
			}
			throw new SearchUnavailableException(e);
		}
		catch (SolrServerException | IOException e) {
			throw new SearchUnavailableException(e);
		}
	}

	/** Id of the document that records which configuration the index was built with. */
	static final String CONFIGSET_MARKER = "_configset";

	/** A hash of our configuration files: a different one means the index must be rebuilt. */
	static String configsetHash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			configFiles().forEach((name, bytes) -> {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				digest.update(bytes);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The marker document; it has no doc_type, so that no search ever returns it. */
	static SolrInputDocument configsetMarker() {
		var doc = new SolrInputDocument();
		doc.setField("id", CONFIGSET_MARKER);
		doc.setField("configset", configsetHash());
		doc.setField("index_version", Long.MAX_VALUE);
		return doc;
	}

	static Map<String, byte[]> configFiles() {
		var files = new java.util.LinkedHashMap<String, byte[]>();
		for (String name : CONFIG_FILES) {
			try (InputStream in = SearchEngine.class.getResourceAsStream("/solr/datagora/conf/" + name)) {
				if (in == null) {
					throw new IllegalStateException("Missing Solr configuration file " + name);
				}
				files.put(name, in.readAllBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return files;
	}
}
