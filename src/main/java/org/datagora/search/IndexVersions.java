package org.datagora.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers that order the catalog reads behind index writes, across nodes: taken from a
 * PostgreSQL sequence before reading, written into the documents as {@code index_version}; Solr
 * drops a document whose number is lower than the one it holds (see solrconfig.xml).
 */
@Component
class IndexVersions {

	private final JdbcClient jdbc;

	IndexVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long next() {
		return jdbc.sql("select nextval('search_index_version')").query(Long.class).single();
	}
}
