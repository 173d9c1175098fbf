package org.datagora.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.CursorMarkParams;
import org.datagora.catalog.BoundingBoxes;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.geo.GeoZones;
import org.datagora.web.FieldProblem;
import org.datagora.web.ProblemException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches datasets: French relevance, filters, exact facet counts, sorts, pages and cursors.
 * Who may see what is a filter of ours added to every query, never built from the request.
 * The datasets themselves come from the catalog, so what is shown is always current.
 */
@Service
public class DatasetSearch {

	/** Beyond this many results, pages are reached with cursors (Solr would sort them all). */
	public static final int MAX_OFFSET = 10_000;

	public static final int MAX_FACET_SIZE = 100;

	private static final String MARK_START = "\u0001";

	private static final String MARK_END = "\u0002";

	private final SearchEngine engine;

	private final Datasets datasets;

	private final Organizations organizations;

	private final GeoZones zones;

	private final Visibility visibility;

	private final FacetLabels labels;

	DatasetSearch(SearchEngine engine, Datasets datasets, Organizations organizations, GeoZones zones,
			Visibility visibility, FacetLabels labels) {
		this.labels = labels;
		this.engine = engine;
		this.datasets = datasets;
		this.organizations = organizations;
		this.zones = zones;
		this.visibility = visibility;
	}

	public SearchResult<Dataset> search(DatasetQuery query) {
		SolrQuery solr = solrQuery(query);
		QueryResponse response = engine.query(solr);
		boolean approximate = false;
		if (response.getResults().getNumFound() == 0 && TextQuery.hasText(query.q())) {
			TextQuery.tolerateTypos(solr, query.q());
			response = engine.query(solr);
			approximate = response.getResults().getNumFound() > 0;
		}
		List<UUID> ids = idsOf(response);
		Map<String, Map<String, List<String>>> highlighting = response.getHighlighting() == null ? Map.of()
				: response.getHighlighting();
		List<SearchResult.Hit<Dataset>> hits = datasets.readByIds(ids)
			.stream()
			.filter(dataset -> dataset.deleted() == null)
			.map(dataset -> hit(dataset, highlighting.get(dataset.id().toString())))
			.toList();
		// a short page is the last one: no need for the client to ask for an empty page after it
		String next = query.cursor() == null || ids.size() < query.pageSize() || response.getNextCursorMark() == null
				|| response.getNextCursorMark().equals(query.cursor()) ? null : response.getNextCursorMark();
		return new SearchResult<>(hits, response.getResults().getNumFound(), facets(query, response), next,
				approximate);
	}

	/**
	 * Every dataset matching the query, in its order, page after page through cursors: the CSV
	 * export. The query (and who may see what) is fixed here, in the request's thread.
	 */
	public Export export(DatasetQuery query, int batch) {
		DatasetQuery first = new DatasetQuery(query.q(), query.filters(), query.owner(), query.bbox(),
				query.archived(), query.sort(), 1, batch, CursorMarkParams.CURSOR_MARK_START, Set.of(), 1, false,
				query.publicOnly(), query.modified());
		return new Export(solrQuery(first));
	}

	public final class Export {

		private final SolrQuery solr;

		private Export(SolrQuery solr) {
			this.solr = solr;
		}

		public void forEachPage(Consumer<List<Dataset>> consumer) {
			String cursor = solr.get(CursorMarkParams.CURSOR_MARK_PARAM);
			while (true) {
				solr.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
				QueryResponse response = engine.query(solr);
				List<UUID> ids = idsOf(response);
				consumer.accept(datasets.byIds(ids).stream().filter(dataset -> dataset.deleted() == null).toList());
				String next = response.getNextCursorMark();
				if (ids.size() < solr.getRows() || next == null || next.equals(cursor)) {
					return;
				}
				cursor = next;
			}
		}
	}

	private static List<UUID> idsOf(QueryResponse response) {
		return response.getResults().stream().map(doc -> UUID.fromString((String) doc.get("id"))).toList();
	}

	SolrQuery solrQuery(DatasetQuery query) {
		var solr = new SolrQuery();
		if (TextQuery.hasText(query.q())) {
			TextQuery.words(solr, query.q());
			// gentle boosts: the public data service, then popularity
			solr.add("bq", "badge:spd^2");
			solr.set("boost", "sum(1,product(0.1,log(sum(popularity,1))))");
		}
		else {
			solr.setQuery("*:*");
		}
		// one filter, cached once by Solr, for what nearly every search has in common
		solr.addFilterQuery("doc_type:" + SearchDocuments.DATASET + " AND (" + visibility.filter() + ")"
				+ (query.archived() ? "" : " AND archived:false"));
		if (query.publicOnly()) {
			solr.addFilterQuery("private:false");
		}
		if (query.owner() != null) {
			UUID owner = parseUuid(query.owner()).orElseThrow(() -> ProblemException.invalid("owner",
					"must be an account id"));
			solr.addFilterQuery("owner:" + owner);
		}
		if (query.bbox() != null) {
			solr.addFilterQuery(bboxFilter(query.bbox()));
		}
		query.filters().forEach((facet, value) -> solr.addFilterQuery(filter(facet, value)));
		if (query.modified() != null) {
			solr.addFilterQuery("last_modified:" + query.modified().range());
		}
		sort(solr, query);
		pages(solr, query);
		if (!query.facets().isEmpty()) {
			solr.setFacet(true);
			solr.setFacetMinCount(1);
			solr.setFacetLimit(Math.min(Math.max(query.facetSize(), 1), MAX_FACET_SIZE));
			for (Facet facet : query.facets()) {
				if (facet == Facet.LAST_UPDATE) {
					for (LastUpdate period : LastUpdate.values()) {
						solr.addFacetQuery("{!key=" + period.code + " ex=" + facet.parameter() + "}last_update:"
								+ period.range);
					}
				}
				else {
					// counts of the other values of a facet stay visible when one of them is chosen
					solr.addFacetField("{!ex=" + facet.parameter() + "}" + facet.facetField());
					if (facet.fewValues()) {
						solr.set("f." + facet.facetField() + ".facet.method", "enum");
					}
				}
			}
		}
		if (query.highlight() && TextQuery.hasText(query.q())) {
			solr.setHighlight(true);
			solr.set("hl.method", "unified");
			solr.set("hl.fl", "title,description");
			solr.set("hl.tag.pre", MARK_START);
			solr.set("hl.tag.post", MARK_END);
			solr.set("hl.fragsize", 220);
			solr.set("hl.bs.type", "WORD");
		}
		solr.setFields("id");
		return solr;
	}

	private String filter(Facet facet, String raw) {
		String value = raw.strip();
		String tag = "{!tag=" + facet.parameter() + "}";
		return tag + switch (facet) {
			case ORGANIZATION -> "organization:" + organizations.find(value)
				.map(Organization::id)
				.orElseThrow(() -> ProblemException.invalid("organization", "unknown organization"));
			case GEOZONE -> {
				if (zones.find(value).isEmpty()) {
					throw ProblemException.invalid("geozone", "unknown zone '" + value + "'");
				}
				yield "zone:" + UserText.term(value);
			}
			case LAST_UPDATE -> "last_update:" + LastUpdate.of(value)
				.orElseThrow(() -> ProblemException.invalid("last_update", "must be 30d, 12m or 3y"))
				.range;
			case TAG, FORMAT -> facet.field() + ":" + UserText.term(value.toLowerCase(Locale.ROOT));
			default -> facet.field() + ":" + UserText.term(facet.vocabulary() == null ? value
					: Vocabularies.code(facet.vocabulary().getEnumConstants(), value, facet.parameter()));
		};
	}

	private static String bboxFilter(String bbox) {
		List<Double> box = new ArrayList<>();
		try {
			for (String part : bbox.split(",")) {
				box.add(Double.parseDouble(part.strip()));
			}
		}
		catch (NumberFormatException e) {
			throw ProblemException.invalid("bbox", "must be 4 numbers: west, south, east, north");
		}
		String problem = BoundingBoxes.problem(box);
		if (problem != null) {
			throw ProblemException.invalid("bbox", problem);
		}
		// Solr's envelope order: west, east, north, south
		return "{!field f=bbox}Intersects(ENVELOPE(" + box.get(0) + "," + box.get(2) + "," + box.get(3) + ","
				+ box.get(1) + "))";
	}

	private static void sort(SolrQuery solr, DatasetQuery query) {
		String key = query.sort() == null || query.sort().isBlank()
				? (TextQuery.hasText(query.q()) ? "relevance" : "-last_update") : query.sort().strip();
		boolean descending = key.startsWith("-");
		String name = descending ? key.substring(1) : key;
		SolrQuery.ORDER order = descending ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc;
		switch (name) {
			case "relevance" -> solr.addSort("score", SolrQuery.ORDER.desc);
			case "title" -> solr.addSort("title_sort", order);
			case "created" -> solr.addSort("created", order);
			case "last_update" -> solr.addSort("last_update", order);
			case "last_modified" -> solr.addSort("last_modified", order);
			case "popularity" -> solr.addSort("popularity", order);
			// a stable order that means nothing: harvesters ask for it while paging
			case "id" -> solr.addSort("id", order);
			default -> throw ProblemException.invalid("sort", "must be relevance, title, created, last_update, "
					+ "last_modified, popularity or id, with - for descending");
		}
		// a total order: cursors need it, and equal scores keep a stable order between pages
		if (!name.equals("id")) {
			solr.addSort("id", SolrQuery.ORDER.asc);
		}
	}

	private static void pages(SolrQuery solr, DatasetQuery query) {
		solr.setRows(query.pageSize());
		if (query.cursor() != null) {
			solr.set(CursorMarkParams.CURSOR_MARK_PARAM, query.cursor());
			return;
		}
		long offset = (long) (query.page() - 1) * query.pageSize();
		if (offset + query.pageSize() > MAX_OFFSET) {
			throw ProblemException.invalid(List.of(new FieldProblem("page", "pages beyond the first " + MAX_OFFSET
					+ " results are reached with cursor=* and then next_cursor (or next_page), which have no limit")));
		}
		solr.setStart((int) offset);
	}

	private Map<Facet, List<SearchResult.FacetCount>> facets(DatasetQuery query, QueryResponse response) {
		Map<Facet, List<SearchResult.FacetCount>> result = new EnumMap<>(Facet.class);
		Locale locale = LocaleContextHolder.getLocale();
		for (Facet facet : query.facets()) {
			String selected = query.filters().get(facet);
			if (facet == Facet.LAST_UPDATE) {
				Map<String, Integer> counts = response.getFacetQuery();
				result.put(facet, Arrays.stream(LastUpdate.values())
					.filter(period -> counts.getOrDefault(period.code, 0) > 0)
					.map(period -> new SearchResult.FacetCount(period.code, period.label(locale),
							counts.get(period.code), period.code.equals(selected)))
					.toList());
				continue;
			}
			FacetField field = response.getFacetField(facet.facetField());
			List<FacetField.Count> values = field == null || field.getValues() == null ? List.of() : field.getValues();
			Function<String, String> labels = labels(facet, values.stream().map(FacetField.Count::getName).toList(),
					locale);
			// resolved once: an organization given by slug is counted under its id
			String chosen = selectedValue(facet, selected);
			result.put(facet, values.stream()
				.map(count -> new SearchResult.FacetCount(count.getName(), labels.apply(count.getName()),
						count.getCount(), count.getName().equals(chosen)))
				.toList());
		}
		return result;
	}

	private String selectedValue(Facet facet, String selected) {
		if (selected == null || facet != Facet.ORGANIZATION) {
			return selected;
		}
		return organizations.find(selected).map(organization -> organization.id().toString()).orElse(selected);
	}

	private Function<String, String> labels(Facet facet, List<String> values, Locale locale) {
		if (facet.vocabulary() != null) {
			Map<String, String> labels = Vocabularies.labels(facet.vocabulary().getEnumConstants(), locale);
			return value -> labels.getOrDefault(value, value);
		}
		return switch (facet) {
			case ORGANIZATION -> labels.organizations(values)::get;
			case GEOZONE -> labels.zones(values)::get;
			default -> Function.identity();
		};
	}

	private static SearchResult.Hit<Dataset> hit(Dataset dataset, Map<String, List<String>> highlights) {
		String title = marked(highlights, "title");
		String snippet = marked(highlights, "description");
		return new SearchResult.Hit<>(dataset, title, snippet);
	}

	/** The highlighted fragment made HTML: the text escaped, the matches in {@code <mark>}. */
	private static String marked(Map<String, List<String>> highlights, String field) {
		if (highlights == null || highlights.get(field) == null || highlights.get(field).isEmpty()) {
			return null;
		}
		String fragment = String.join(" … ", highlights.get(field));
		return HtmlUtils.htmlEscape(fragment, "UTF-8").replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
	}

	private static Optional<UUID> parseUuid(String value) {
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
