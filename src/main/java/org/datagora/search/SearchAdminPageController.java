package org.datagora.search;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.datagora.catalog.Datasets;
import org.datagora.web.PageController;
import org.datagora.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The search index for site admins: how many documents it holds beside the catalog, how many
 * changes wait to be indexed, and the rebuild, started with a button, its progress shown by a
 * page that refreshes itself while it runs (no JavaScript needed).
 */
@PageController
class SearchAdminPageController {

	private final SearchReindex reindex;

	private final SearchEngine engine;

	private final Datasets datasets;

	private final JdbcClient jdbc;

	SearchAdminPageController(SearchReindex reindex, SearchEngine engine, Datasets datasets, JdbcClient jdbc) {
		this.reindex = reindex;
		this.engine = engine;
		this.datasets = datasets;
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/search")
	String page(Model model) {
		SearchAdminApi.requireSiteAdmin();
		long indexedDatasets = -1;
		long indexedOrganizations = -1;
		long indexedRequests = -1;
		try {
			var counts = engine.query(new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField("doc_type"))
				.getFacetField("doc_type");
			indexedDatasets = count(counts, SearchDocuments.DATASET);
			indexedOrganizations = count(counts, SearchDocuments.ORGANIZATION);
			indexedRequests = count(counts, SearchDocuments.REQUEST);
		}
		catch (ProblemException unavailable) {
			// shown as such on the page
		}
		long pending = jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single();
		model.addAttribute("page", new SearchAdminPage(reindex.progress(), indexedDatasets, indexedOrganizations, indexedRequests,
				datasets.countNotDeleted(), pending));
		return "admin/search";
	}

	@PostMapping("/admin/search/reindex")
	String start() {
		SearchAdminApi.requireSiteAdmin();
		if (!reindex.progress().running()) {
			reindex.start();
		}
		return "redirect:/admin/search";
	}

	private static long count(FacetField field, String type) {
		return field.getValues()
			.stream()
			.filter(value -> value.getName().equals(type))
			.mapToLong(FacetField.Count::getCount)
			.findFirst()
			.orElse(0);
	}
}
