package org.datagora.search;

import org.apache.solr.client.solrj.SolrQuery;

/** The words people type, as a relevance-ranked Solr query; the same for every kind of document. */
final class TextQuery {

	/** Title > acronym > keywords > organization > description > resource titles. */
	private static final String FIELDS = "title^10 acronym^8 keywords^5 organization_name^3 description^1.5 "
			+ "resource_titles^0.5";

	private TextQuery() {
	}

	static boolean hasText(String q) {
		return q != null && !q.isBlank() && !UserText.query(q).isBlank();
	}

	static void words(SolrQuery solr, String q) {
		solr.set("defType", "edismax");
		solr.setQuery(UserText.query(q));
		solr.set("qf", FIELDS);
		// phrases count in titles; a phrase boost on descriptions doubled the cost of a query
		solr.set("pf", "title^20");
		// no field queries from users, whatever they type
		solr.set("uf", "-*");
		// short queries need every word; longer ones most of them
		solr.set("mm", "3<-1 6<75%");
		// multi-word synonyms (base adresse nationale) are matched across words
		solr.set("sow", false);
		String exact = UserText.term(q.replace("\"", ""));
		solr.add("bq", "title_exact:" + exact + "^30", "acronym:" + exact + "^30");
	}

	/** Nothing matched the words as typed: the same search with one typo allowed per word. */
	static void tolerateTypos(SolrQuery solr, String q) {
		solr.setQuery(UserText.fuzzy(q));
		solr.set("qf", "text_all");
		solr.remove("pf");
		solr.remove("bq");
	}
}
