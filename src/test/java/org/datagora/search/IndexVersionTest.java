package org.datagora.search;

import java.util.UUID;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes may index the same dataset at once, and their writes may reach Solr in any order:
 * the index keeps the state read last (the higher index_version), for additions and deletions.
 */
class IndexVersionTest extends PortalTest {

	@Autowired
	SearchEngine engine;

	@Test
	void anOlderStateArrivingLateNeverReplacesANewerOne() throws Exception {
		String id = UUID.randomUUID().toString();
		write(id, "Horaires version récente", 20);
		write(id, "Horaires version ancienne", 10);
		assertThat(title(id)).isEqualTo("Horaires version récente");

		delete(id, 15);
		assertThat(title(id)).isEqualTo("Horaires version récente");
		delete(id, 30);
		assertThat(title(id)).isNull();
		// a state read before the deletion does not bring the dataset back
		write(id, "Horaires version ancienne", 25);
		assertThat(title(id)).isNull();
		write(id, "Horaires rétablis", 40);
		assertThat(title(id)).isEqualTo("Horaires rétablis");
		// this document is not in the catalog: leave the shared index as the catalog is
		delete(id, 50);
	}

	private void write(String id, String title, long version) throws Exception {
		var doc = new SolrInputDocument();
		doc.setField("id", id);
		doc.setField("doc_type", SearchDocuments.DATASET);
		doc.setField("title", title);
		doc.setField("private", false);
		doc.setField("archived", false);
		doc.setField("index_version", version);
		engine.client().add(engine.live(), doc);
		engine.client().commit(engine.live());
	}

	private void delete(String id, long version) throws Exception {
		var request = new UpdateRequest();
		request.deleteById(id);
		request.setParam("del_version", String.valueOf(version));
		request.process(engine.client(), engine.live());
		engine.client().commit(engine.live());
	}

	private String title(String id) throws Exception {
		var docs = engine.client()
			.query(engine.live(), new SolrQuery("id:" + id).addFilterQuery("doc_type:dataset").setFields("title"))
			.getResults();
		return docs.isEmpty() ? null : (String) docs.get(0).getFieldValue("title");
	}
}
