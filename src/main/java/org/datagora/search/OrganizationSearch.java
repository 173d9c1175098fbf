package org.datagora.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.datagora.catalog.Coded;
import org.datagora.catalog.Organization;
import org.datagora.catalog.OrganizationBadge;
import org.datagora.catalog.OrganizationType;
import org.datagora.catalog.Organizations;
import org.datagora.web.PageRequest;
import org.datagora.web.ProblemException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Searches organizations by name, acronym and description, with their type and badges as facets. */
@Service
public class OrganizationSearch {

	private final SearchEngine engine;

	private final Organizations organizations;

	OrganizationSearch(SearchEngine engine, Organizations organizations) {
		this.engine = engine;
		this.organizations = organizations;
	}

	/** {@code sort} is relevance (with words), name (without), or created; - for descending. */
	public SearchResult<Organization> search(String q, String type, String badge, String sort, PageRequest page) {
		var solr = new SolrQuery();
		boolean words = TextQuery.hasText(q);
		if (words) {
			TextQuery.words(solr, q);
		}
		else {
			solr.setQuery("*:*");
		}
		solr.addFilterQuery("doc_type:" + SearchDocuments.ORGANIZATION);
		if (type != null && !type.isBlank()) {
			solr.addFilterQuery("{!tag=type}organization_type:" + Vocabularies.code(OrganizationType.values(), type.strip(), "type"));
		}
		if (badge != null && !badge.isBlank()) {
			solr.addFilterQuery("{!tag=badge}badge:" + Vocabularies.code(OrganizationBadge.values(), badge.strip(), "badge"));
		}
		String key = sort == null || sort.isBlank() ? (words ? "relevance" : "name") : sort.strip();
		SolrQuery.ORDER order = key.startsWith("-") ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc;
		switch (key.replaceFirst("^-", "")) {
			case "relevance" -> solr.addSort("score", SolrQuery.ORDER.desc);
			case "name" -> solr.addSort("title_sort", order);
			case "created" -> solr.addSort("created", order);
			default -> throw ProblemException.invalid("sort", "must be relevance, name or created, with - for descending");
		}
		solr.addSort("id", SolrQuery.ORDER.asc);
		if (page.offset() + page.pageSize() > DatasetSearch.MAX_OFFSET) {
			throw ProblemException.invalid("page", "must stay within the first " + DatasetSearch.MAX_OFFSET
					+ " results; narrow the search");
		}
		solr.setStart((int) page.offset());
		solr.setRows(page.pageSize());
		solr.setFields("id");
		solr.setFacet(true);
		solr.setFacetMinCount(1);
		solr.addFacetField("{!ex=type}organization_type", "{!ex=badge}badge");
		QueryResponse response = engine.query(solr);
		List<UUID> ids = response.getResults().stream().map(doc -> UUID.fromString((String) doc.get("id"))).toList();
		Map<UUID, Organization> found = organizations.findAll(ids);
		List<SearchResult.Hit<Organization>> hits = ids.stream()
			.map(found::get)
			.filter(Objects::nonNull)
			.map(organization -> new SearchResult.Hit<>(organization, null, null))
			.toList();
		Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
		facets.put(Facet.ORGANIZATION_TYPE, counts(response.getFacetField("organization_type"),
				OrganizationType.values(), type));
		facets.put(Facet.BADGE, counts(response.getFacetField("badge"), OrganizationBadge.values(), badge));
		return new SearchResult<>(hits, response.getResults().getNumFound(), facets, null, false);
	}

	private static List<SearchResult.FacetCount> counts(FacetField field, Coded[] vocabulary, String selected) {
		if (field == null || field.getValues() == null) {
			return List.of();
		}
		Map<String, String> labels = Vocabularies.labels(vocabulary, LocaleContextHolder.getLocale());
		return field.getValues()
			.stream()
			.map(count -> new SearchResult.FacetCount(count.getName(),
					labels.getOrDefault(count.getName(), count.getName()), count.getCount(),
					count.getName().equals(selected)))
			.toList();
	}
}
