package org.datagora.search.ckan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.solr.common.params.CursorMarkParams;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.identity.Viewer;
import org.datagora.search.DatasetQuery;
import org.datagora.search.DatasetSearch;
import org.datagora.search.Facet;
import org.datagora.search.SearchResult;
import org.springframework.stereotype.Component;

/** {@code package_search}: CKAN's parameters read into our search, its answer written back as CKAN's. */
@Component
class CkanSearch {

	static final int DEFAULT_ROWS = 10;

	// CKAN's ckan.search.rows_max default: CKAN lowers more rows to it, and so do we
	static final int MAX_ROWS = 1000;

	// CKAN's search.facets.limit default
	private static final int FACET_LIMIT = 50;

	private static final Duration CURSOR_LIFETIME = Duration.ofMinutes(10);

	private final DatasetSearch search;

	private final Organizations organizations;

	private final Cache<Position, String> cursors = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(CURSOR_LIFETIME)
		.build();

	CkanSearch(DatasetSearch search, Organizations organizations) {
		this.search = search;
		this.organizations = organizations;
	}

	record Request(String q, String fq, String rows, String start, String sort, String facet, String facetField,
			String facetLimit, String facetMinCount, String fl, boolean includePrivate) {
	}

	/** What a search asks, read: words, filters and our sort (null: by relevance). */
	record Criteria(String q, CkanFilterQuery.Filters filters, String sort) {

		static Criteria filtered(Map<Facet, String> facets, String sort) {
			return new Criteria(null, CkanFilterQuery.Filters.of(facets), sort);
		}
	}

	/** How many values of each facet: CKAN's facet.limit (negative: all), and how many we count for it. */
	private record FacetCounts(int limit, int counted, int minCount) {

		static FacetCounts of(Request request) {
			int limit = CkanParams.number(request.facetLimit(), "facet.limit", FACET_LIMIT, Integer.MIN_VALUE,
					Integer.MAX_VALUE);
			int minCount = CkanParams.number(request.facetMinCount(), "facet.mincount", 1, 0, Integer.MAX_VALUE);
			if (minCount == 0) {
				throw CkanError.validation("facet.mincount", "values without datasets are not counted: give 1 or more");
			}
			return new FacetCounts(limit, limit < 0 ? DatasetSearch.MAX_FACET_SIZE
					: Math.min(limit, DatasetSearch.MAX_FACET_SIZE), minCount);
		}

		/** The values to answer, largest count first; more asked than we count, and maybe more: said, not cut. */
		List<SearchResult.FacetCount> of(String name, List<SearchResult.FacetCount> all) {
			if ((limit < 0 || limit > counted) && all.size() >= DatasetSearch.MAX_FACET_SIZE) {
				throw CkanError.validation("facet.limit", "'" + name + "' has " + DatasetSearch.MAX_FACET_SIZE
						+ " values or more: give at most " + DatasetSearch.MAX_FACET_SIZE);
			}
			// Solr's counts come largest first: those under the minimum are the last ones
			return all.stream().filter(count -> count.count() >= minCount).limit(counted).toList();
		}
	}

	Map<String, Object> search(Request request, String baseUrl) {
		int rows = CkanParams.capped(request.rows(), "rows", DEFAULT_ROWS, MAX_ROWS);
		int start = CkanParams.number(request.start(), "start", 0, 0, Integer.MAX_VALUE);
		String sort = request.sort() == null || request.sort().isBlank() ? null : request.sort().strip();
		String q = request.q() == null || request.q().isBlank() || request.q().strip().equals("*:*") ? null
				: request.q();
		Criteria criteria = new Criteria(q, CkanFilterQuery.read(request.fq()), sort(sort, q));
		Map<String, Facet> facets = CkanParams.flag(request.facet(), "facet", true) ? facetFields(request.facetField())
				: Map.of();
		FacetCounts counts = FacetCounts.of(request);
		List<String> fields = CkanParams.names(request.fl(), "fl", true);
		Window window = window(criteria, start, rows, new LinkedHashSet<>(facets.values()), counts.counted(),
				!request.includePrivate());
		List<Map<String, Object>> packages = packages(window.datasets(), baseUrl);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("count", window.first().total());
		result.put("sort", sort == null ? (q == null ? "metadata_modified desc" : "score desc, metadata_modified desc")
				: sort);
		result.put("results", fields.isEmpty() ? packages
				: packages.stream().map(pack -> CkanDicts.indexed(pack, fields)).toList());
		Map<String, Object> plain = new LinkedHashMap<>();
		Map<String, Object> detailed = new LinkedHashMap<>();
		facets.forEach((name, facet) -> {
			List<SearchResult.FacetCount> values = counts.of(name,
					window.first().facets().getOrDefault(facet, List.of()));
			Function<SearchResult.FacetCount, String> names = names(name, facet, values);
			Map<String, Long> byName = new LinkedHashMap<>();
			List<Map<String, Object>> items = new ArrayList<>();
			for (SearchResult.FacetCount value : values) {
				byName.put(names.apply(value), value.count());
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("name", names.apply(value));
				item.put("display_name", value.label());
				item.put("count", value.count());
				items.add(item);
			}
			plain.put(name, byName);
			detailed.put(name, Map.of("title", name, "items", items));
		});
		result.put("facets", plain);
		result.put("search_facets", detailed);
		return result;
	}

	/** Datasets as CKAN packages, each with its organization (read together). */
	List<Map<String, Object>> packages(List<Dataset> datasets, String baseUrl) {
		Map<UUID, Organization> owners = organizations.findAll(datasets.stream()
			.filter(dataset -> dataset.organization() != null)
			.map(dataset -> dataset.organization().id())
			.toList());
		return datasets.stream()
			.map(dataset -> CkanDicts.pack(dataset,
					dataset.organization() == null ? null : owners.get(dataset.organization().id()), baseUrl))
			.toList();
	}

	/**
	 * Where a page of a search ended, for the viewer who asked: harvesters page in order with
	 * {@code start}, and the next page goes on from Solr's cursor there, past the 10,000 results
	 * an offset reaches and without sorting all that come before.
	 */
	private record Position(String viewer, Criteria criteria, boolean publicOnly, int start) {
	}

	/** The first answer (its total and facets) and the {@code rows} datasets from {@code start}. */
	record Window(SearchResult<Dataset> first, List<Dataset> datasets) {
	}

	Window window(Criteria criteria, int start, int rows, Set<Facet> facets, int facetSize, boolean publicOnly) {
		Position here = new Position(Viewer.current().map(viewer -> viewer.id().toString()).orElse(""), criteria,
				publicOnly, start);
		String cursor = start == 0 ? CursorMarkParams.CURSOR_MARK_START : cursors.getIfPresent(here);
		if (cursor != null && rows > 0) {
			SearchResult<Dataset> found = search.search(query(criteria, 1, rows, cursor, facets, facetSize,
					publicOnly));
			List<Dataset> datasets = found.items().stream().map(SearchResult.Hit::item).toList();
			if (found.nextCursor() != null) {
				cursors.put(new Position(here.viewer(), criteria, publicOnly, start + datasets.size()),
						found.nextCursor());
			}
			return new Window(found, datasets);
		}
		if ((long) start + rows > DatasetSearch.MAX_OFFSET) {
			throw CkanError.validation("start", "Past the first " + DatasetSearch.MAX_OFFSET + " results, page in "
					+ "order from start=0: each page's end is remembered for the next one for "
					+ CURSOR_LIFETIME.toMinutes() + " minutes");
		}
		// CKAN's start is any offset, ours a page: the rows wanted lie on at most two pages of that size
		int size = Math.max(rows, 1);
		int page = start / size + 1;
		SearchResult<Dataset> first = search.search(query(criteria, page, size, null, facets, facetSize, publicOnly));
		List<Dataset> found = new ArrayList<>(first.items().stream().map(SearchResult.Hit::item).toList());
		int skip = start % size;
		if (skip > 0 && first.total() > (long) page * size) {
			search.search(query(criteria, page + 1, size, null, Set.of(), facetSize, publicOnly))
				.items()
				.forEach(hit -> found.add(hit.item()));
		}
		return new Window(first, found.subList(Math.min(skip, found.size()), Math.min(skip + rows, found.size())));
	}

	private static DatasetQuery query(Criteria criteria, int page, int size, String cursor, Set<Facet> facets,
			int facetSize, boolean publicOnly) {
		return new DatasetQuery(criteria.q(), criteria.filters().facets(), null, null, false, criteria.sort(), page,
				size, cursor, facets, facetSize, false, publicOnly, criteria.filters().modified());
	}

	/**
	 * Facet values as CKAN names them: organizations by slug (by id under owner_org), themes in
	 * lower case, formats in capitals.
	 */
	private Function<SearchResult.FacetCount, String> names(String field, Facet facet,
			List<SearchResult.FacetCount> counts) {
		return switch (facet) {
			case ORGANIZATION -> {
				if (field.equals("owner_org")) {
					yield SearchResult.FacetCount::value;
				}
				Map<UUID, Organization> found = organizations.findAll(counts.stream()
					.map(count -> UUID.fromString(count.value()))
					.toList());
				yield count -> {
					Organization organization = found.get(UUID.fromString(count.value()));
					return organization == null ? count.value() : organization.slug();
				};
			}
			case THEME -> count -> count.value().toLowerCase(Locale.ROOT);
			case FORMAT -> count -> count.value().toUpperCase(Locale.ROOT);
			default -> SearchResult.FacetCount::value;
		};
	}

	/**
	 * CKAN's sorts as ours; the first clause decides, ties are broken by id in any case. Without
	 * one, CKAN's default: relevance with words, else the last modified first.
	 */
	private static String sort(String sort, String q) {
		if (sort == null) {
			return q == null ? "-last_modified" : null;
		}
		String first = sort.split(",")[0].strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return switch (first) {
			case "score desc" -> "relevance";
			case "metadata_modified desc" -> "-last_modified";
			case "metadata_modified asc" -> "last_modified";
			case "metadata_created desc" -> "-created";
			case "metadata_created asc" -> "created";
			case "name asc", "title_string asc" -> "title";
			case "name desc", "title_string desc" -> "-title";
			case "views_recent desc" -> "-popularity";
			// ckanext-harvest pages in this order
			case "id asc" -> "id";
			case "id desc" -> "-id";
			default -> throw CkanError.validation("sort", "must be score, metadata_modified, metadata_created, name, "
					+ "title_string or id, then asc or desc");
		};
	}

	private static Map<String, Facet> facetFields(String facetField) {
		Map<String, Facet> facets = new LinkedHashMap<>();
		if (facetField == null || facetField.isBlank()) {
			return facets;
		}
		for (String name : CkanParams.json(facetField, "facet.field")) {
			Facet facet = CkanFilterQuery.FIELDS.get(name);
			if (facet == null) {
				throw CkanError.validation("facet.field", "unknown field '" + name + "'; fields are "
						+ String.join(", ", CkanFilterQuery.FIELDS.keySet().stream().sorted().toList()));
			}
			facets.put(name, facet);
		}
		return facets;
	}
}
