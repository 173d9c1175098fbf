package org.datagora.search;

import java.util.List;

import org.apache.solr.client.solrj.SolrQuery;
import org.datagora.web.ProblemException;
import org.springframework.stereotype.Service;

/**
 * Autocompletion: datasets and organizations whose title or acronym has words starting with
 * each word typed, accents and case ignored ("bicy", "region bret"). Answered from the index
 * alone, without reading the catalog, so that it keeps up with typing.
 */
@Service
public class Suggestions {

	public static final int MAX_SIZE = 20;

	/** What a suggestion list shows and links to. */
	public record Suggestion(String id, String slug, String title, String acronym) {
	}

	private final SearchEngine engine;

	private final Visibility visibility;

	Suggestions(SearchEngine engine, Visibility visibility) {
		this.engine = engine;
		this.visibility = visibility;
	}

	public List<Suggestion> datasets(String q, int size) {
		SolrQuery solr = query(q, size);
		if (solr == null) {
			return List.of();
		}
		solr.addFilterQuery("doc_type:" + SearchDocuments.DATASET, visibility.filter(), "archived:false");
		return run(solr);
	}

	public List<Suggestion> organizations(String q, int size) {
		SolrQuery solr = query(q, size);
		if (solr == null) {
			return List.of();
		}
		solr.addFilterQuery("doc_type:" + SearchDocuments.ORGANIZATION);
		return run(solr);
	}

	private static SolrQuery query(String q, int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
		}
		if (!TextQuery.hasText(q)) {
			return null;
		}
		var solr = new SolrQuery(UserText.query(q));
		solr.set("defType", "edismax");
		solr.set("qf", "title_ac");
		solr.set("uf", "-*");
		solr.set("mm", "100%");
		solr.add("bq", "title_exact:" + UserText.term(q) + "^10", "acronym:" + UserText.term(q) + "^10");
		solr.addSort("score", SolrQuery.ORDER.desc);
		solr.addSort("popularity", SolrQuery.ORDER.desc);
		solr.addSort("title_sort", SolrQuery.ORDER.asc);
		solr.setFields("id", "slug", "title", "acronym");
		solr.setRows(size);
		return solr;
	}

	private List<Suggestion> run(SolrQuery solr) {
		return engine.query(solr)
			.getResults()
			.stream()
			.map(doc -> new Suggestion((String) doc.get("id"), (String) doc.get("slug"), (String) doc.get("title"),
					(String) doc.get("acronym")))
			.toList();
	}
}
