package org.datagora.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.datagora.catalog.Coded;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.catalog.Theme;
import org.datagora.geo.GeoZones;
import org.datagora.requests.RequestFacet;
import org.datagora.requests.RequestHits;
import org.datagora.requests.RequestQuery;
import org.datagora.requests.RequestSearch;
import org.datagora.requests.RequesterType;
import org.datagora.requests.RequestStatus;
import org.datagora.web.ProblemException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Searches data requests in the shared index, for the requests module: words (the same French
 * relevance as datasets), filters and exact facet counts, sorts by relevance, age and support.
 */
@Service
class SolrRequestSearch implements RequestSearch {

	private static final int FACET_SIZE = 20;

	private final SearchEngine engine;

	private final Organizations organizations;

	private final GeoZones zones;

	private final FacetLabels labels;

	SolrRequestSearch(SearchEngine engine, Organizations organizations, GeoZones zones, FacetLabels labels) {
		this.engine = engine;
		this.organizations = organizations;
		this.zones = zones;
		this.labels = labels;
	}

	@Override
	public RequestHits search(RequestQuery query) {
		var solr = new SolrQuery();
		boolean words = TextQuery.hasText(query.q());
		if (words) {
			TextQuery.words(solr, query.q());
		}
		else {
			solr.setQuery("*:*");
		}
		solr.addFilterQuery("doc_type:" + SearchDocuments.REQUEST);
		Map<RequestFacet, String> chosen = new EnumMap<>(RequestFacet.class);
		query.filters().forEach((facet, value) -> {
			String code = code(facet, value);
			chosen.put(facet, code);
			solr.addFilterQuery("{!tag=" + facet.parameter() + "}" + field(facet) + ":" + UserText.term(code));
		});
		sort(solr, query.sort(), words);
		solr.setStart((query.page() - 1) * query.pageSize());
		solr.setRows(query.pageSize());
		solr.setFields("id");
		if (query.facets()) {
			solr.setFacet(true);
			solr.setFacetMinCount(1);
			solr.setFacetLimit(FACET_SIZE);
			for (RequestFacet facet : RequestFacet.values()) {
				solr.addFacetField("{!ex=" + facet.parameter() + "}" + counted(facet));
				if (facet != RequestFacet.ORGANIZATION) {
					// few values: counted fastest by intersecting each value's cached set with the results
					solr.set("f." + counted(facet) + ".facet.method", "enum");
				}
			}
		}
		QueryResponse response = engine.query(solr);
		List<UUID> ids = response.getResults().stream().map(doc -> UUID.fromString((String) doc.get("id"))).toList();
		Map<RequestFacet, List<RequestHits.FacetCount>> facets = new EnumMap<>(RequestFacet.class);
		if (query.facets()) {
			for (RequestFacet facet : RequestFacet.values()) {
				facets.put(facet, counts(facet, response.getFacetField(counted(facet)), chosen.get(facet)));
			}
		}
		return new RequestHits(ids, response.getResults().getNumFound(), facets);
	}

	@Override
	public List<UUID> similar(String title, int max) {
		if (!TextQuery.hasText(title)) {
			return List.of();
		}
		var solr = new SolrQuery(UserText.query(title));
		solr.set("defType", "edismax");
		solr.set("qf", "title");
		solr.set("uf", "-*");
		solr.set("sow", false);
		// most of the words in common (all of 1 or 2, all but one of 3 or 4, 70 % of more): a longer
		// title may say the same thing with more words, one word alone is not the same request
		solr.set("mm", "2<-1 4<70%");
		solr.addFilterQuery("doc_type:" + SearchDocuments.REQUEST, "-status:" + RequestStatus.WITHDRAWN.code());
		solr.setRows(max);
		solr.setFields("id");
		try {
			return engine.query(solr)
				.getResults()
				.stream()
				.map(doc -> UUID.fromString((String) doc.get("id")))
				.toList();
		}
		catch (SearchUnavailableException unavailable) {
			return List.of();
		}
	}

	/** The value to filter on: a known code, an organization's id, an existing zone; else a 400. */
	private String code(RequestFacet facet, String value) {
		return switch (facet) {
			case STATUS -> Vocabularies.code(RequestStatus.values(), value, facet.parameter());
			case THEME -> Vocabularies.code(Theme.values(), value, facet.parameter());
			case REQUESTER_TYPE -> Vocabularies.code(RequesterType.values(), value, facet.parameter());
			case ORGANIZATION -> organizations.find(value)
				.map(Organization::id)
				.orElseThrow(() -> ProblemException.invalid("organization", "unknown organization"))
				.toString();
			case GEOZONE -> zones.find(value)
				.orElseThrow(() -> ProblemException.invalid("geozone", "unknown zone '" + value + "'"))
				.id();
		};
	}

	private static String field(RequestFacet facet) {
		return facet == RequestFacet.GEOZONE ? "zone" : counted(facet);
	}

	private static String counted(RequestFacet facet) {
		return switch (facet) {
			case STATUS -> "status";
			case ORGANIZATION -> "organization";
			case THEME -> "theme";
			case GEOZONE -> "zone_facet";
			case REQUESTER_TYPE -> "requester_type";
		};
	}

	private static void sort(SolrQuery solr, String sort, boolean words) {
		String key = sort == null || sort.isBlank() ? (words ? "relevance" : "-created") : sort.strip();
		SolrQuery.ORDER order = key.startsWith("-") ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc;
		switch (key.replaceFirst("^-", "")) {
			case "relevance" -> solr.addSort("score", SolrQuery.ORDER.desc);
			case "created" -> solr.addSort("created", order);
			case "support" -> solr.addSort("popularity", order);
			default -> throw ProblemException.invalid("sort", "must be relevance, created or support, with - for "
					+ "descending");
		}
		solr.addSort("id", SolrQuery.ORDER.asc);
	}

	private List<RequestHits.FacetCount> counts(RequestFacet facet, FacetField field, String selected) {
		if (field == null || field.getValues() == null) {
			return List.of();
		}
		List<String> values = field.getValues().stream().map(FacetField.Count::getName).toList();
		Function<String, String> label = labels(facet, values, LocaleContextHolder.getLocale());
		return field.getValues()
			.stream()
			.map(count -> new RequestHits.FacetCount(count.getName(), label.apply(count.getName()), count.getCount(),
					count.getName().equals(selected)))
			.toList();
	}

	private Function<String, String> labels(RequestFacet facet, List<String> values, Locale locale) {
		return switch (facet) {
			case STATUS -> vocabulary(RequestStatus.values(), locale);
			case THEME -> vocabulary(Theme.values(), locale);
			case REQUESTER_TYPE -> vocabulary(RequesterType.values(), locale);
			case ORGANIZATION -> labels.organizations(values)::get;
			case GEOZONE -> labels.zones(values)::get;
		};
	}

	private static Function<String, String> vocabulary(Coded[] codes, Locale locale) {
		Map<String, String> names = Vocabularies.labels(codes, locale);
		return value -> names.getOrDefault(value, value);
	}
}
