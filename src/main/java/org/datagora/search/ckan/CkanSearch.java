package org.datagora.search.ckan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** {@code package_search}: CKAN's parameters read into our search, its answer written back as CKAN's. */
@Component
class CkanSearch {

	static final int DEFAULT_ROWS = 10;

	// CKAN's ckan.search.rows_max default
	static final int MAX_ROWS = 1000;

	private static final int FACET_LIMIT = 50;

	private static final Duration CURSOR_LIFETIME = Duration.ofMinutes(10);

	/** CKAN's facet and fq field names and ours. */
	private static final Map<String, Facet> FIELDS = Map.of("organization", Facet.ORGANIZATION, "tags", Facet.TAG,
			"res_format", Facet.FORMAT, "license_id", Facet.LICENSE, "groups", Facet.THEME);

	private static final Pattern CLAUSE = Pattern.compile("(\\w+):(\"[^\"]*\"|\\S+)");

	private final DatasetSearch search;

	private final Organizations organizations;

	private final ObjectMapper json;

	private final Cache<Position, String> cursors = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(CURSOR_LIFETIME)
		.build();

	CkanSearch(DatasetSearch search, Organizations organizations, ObjectMapper json) {
		this.search = search;
		this.organizations = organizations;
		this.json = json;
	}

	record Request(String q, String fq, String rows, String start, String sort, String facetField,
			boolean includePrivate) {
	}

	Map<String, Object> search(Request request, String baseUrl) {
		int rows = number(request.rows(), "rows", DEFAULT_ROWS, 0, MAX_ROWS);
		int start = number(request.start(), "start", 0, 0, Integer.MAX_VALUE);
		String sort = request.sort() == null || request.sort().isBlank() ? null : request.sort().strip();
		Map<Facet, String> filters = filters(request.fq());
		Map<String, Facet> facets = facetFields(request.facetField());
		String q = request.q() == null || request.q().isBlank() || request.q().strip().equals("*:*") ? null
				: request.q();
		Window window = window(q, filters, sort(sort), start, rows, new LinkedHashSet<>(facets.values()),
				!request.includePrivate());
		SearchResult<Dataset> first = window.first();
		List<Dataset> results = window.datasets();
		Map<UUID, Organization> owners = organizations.findAll(results.stream()
			.filter(dataset -> dataset.organization() != null)
			.map(dataset -> dataset.organization().id())
			.toList());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("count", first.total());
		result.put("sort", sort == null ? (q == null ? "metadata_modified desc" : "score desc, metadata_modified desc")
				: sort);
		result.put("results", results.stream()
			.map(dataset -> CkanDicts.pack(dataset,
					dataset.organization() == null ? null : owners.get(dataset.organization().id()), baseUrl))
			.toList());
		Map<String, Object> plain = new LinkedHashMap<>();
		Map<String, Object> detailed = new LinkedHashMap<>();
		facets.forEach((name, facet) -> {
			List<SearchResult.FacetCount> counts = first.facets().getOrDefault(facet, List.of());
			Function<SearchResult.FacetCount, String> names = names(facet, counts);
			Map<String, Long> byName = new LinkedHashMap<>();
			List<Map<String, Object>> items = new ArrayList<>();
			for (SearchResult.FacetCount count : counts) {
				String value = names.apply(count);
				byName.put(value, count.count());
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("name", value);
				item.put("display_name", count.label());
				item.put("count", count.count());
				items.add(item);
			}
			plain.put(name, byName);
			detailed.put(name, Map.of("title", name, "items", items));
		});
		result.put("facets", plain);
		result.put("search_facets", detailed);
		return result;
	}

	/**
	 * Where a page of a search ended, for the viewer who asked: harvesters page in order with
	 * {@code start}, and the next page goes on from Solr's cursor there, past the 10,000 results
	 * an offset reaches and without sorting all that come before.
	 */
	private record Position(String viewer, String q, Map<Facet, String> filters, String sort, boolean publicOnly,
			int start) {
	}

	/** The first answer (its total and facets) and the {@code rows} datasets from {@code start}. */
	record Window(SearchResult<Dataset> first, List<Dataset> datasets) {
	}

	Window window(String q, Map<Facet, String> filters, String sort, int start, int rows, Set<Facet> facets,
			boolean publicOnly) {
		Position here = new Position(Viewer.current().map(viewer -> viewer.id().toString()).orElse(""), q, filters,
				sort, publicOnly, start);
		String cursor = start == 0 ? CursorMarkParams.CURSOR_MARK_START : cursors.getIfPresent(here);
		if (cursor != null && rows > 0) {
			SearchResult<Dataset> found = search.search(new DatasetQuery(q, filters, null, null, false, sort, 1, rows,
					cursor, facets, FACET_LIMIT, false, publicOnly));
			List<Dataset> datasets = found.items().stream().map(SearchResult.Hit::item).toList();
			if (found.nextCursor() != null) {
				cursors.put(new Position(here.viewer(), q, filters, sort, publicOnly, start + datasets.size()),
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
		SearchResult<Dataset> first = page(q, filters, sort, page, size, facets, publicOnly);
		List<Dataset> found = new ArrayList<>(first.items().stream().map(SearchResult.Hit::item).toList());
		int skip = start % size;
		if (skip > 0 && first.total() > (long) page * size) {
			page(q, filters, sort, page + 1, size, Set.of(), publicOnly).items().forEach(hit -> found.add(hit.item()));
		}
		return new Window(first, found.subList(Math.min(skip, found.size()), Math.min(skip + rows, found.size())));
	}

	private SearchResult<Dataset> page(String q, Map<Facet, String> filters, String sort, int page, int size,
			Set<Facet> facets, boolean publicOnly) {
		return search.search(new DatasetQuery(q, filters, null, null, false, sort, page, size, null, facets,
				FACET_LIMIT, false, publicOnly));
	}

	/** Facet values as CKAN names them: organizations by slug, themes in lower case, formats in capitals. */
	private Function<SearchResult.FacetCount, String> names(Facet facet, List<SearchResult.FacetCount> counts) {
		return switch (facet) {
			case ORGANIZATION -> {
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

	/** {@code fq}: clauses {@code field:value} or {@code field:"a value"}, joined by spaces or AND. */
	private static Map<Facet, String> filters(String fq) {
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		if (fq == null || fq.isBlank()) {
			return filters;
		}
		String rest = fq.replaceAll("(^|\\s)AND(\\s|$)", " ").strip();
		Matcher clause = CLAUSE.matcher(rest);
		int end = 0;
		while (clause.find()) {
			if (!rest.substring(end, clause.start()).isBlank()) {
				throw CkanError.validation("fq", "cannot read '" + rest.substring(end, clause.start()).strip()
						+ "': give field:value clauses joined by spaces or AND");
			}
			end = clause.end();
			Facet facet = FIELDS.get(clause.group(1));
			if (facet == null) {
				throw CkanError.validation("fq", "unknown field '" + clause.group(1) + "'; fields are "
						+ String.join(", ", FIELDS.keySet().stream().sorted().toList()));
			}
			String value = clause.group(2).replace("\"", "");
			if (filters.put(facet, facet == Facet.THEME ? value.toUpperCase(Locale.ROOT) : value) != null) {
				throw CkanError.validation("fq", "one value per field: '" + clause.group(1) + "' is given twice");
			}
		}
		if (!rest.substring(end).isBlank()) {
			throw CkanError.validation("fq", "cannot read '" + rest.substring(end).strip()
					+ "': give field:value clauses joined by spaces or AND");
		}
		return filters;
	}

	/** CKAN's sorts as ours; the first clause decides, ties are broken by id in any case. */
	private static String sort(String sort) {
		if (sort == null) {
			return null;
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
			default -> throw CkanError.validation("sort", "must be score, metadata_modified, metadata_created, name "
					+ "or title_string, then asc or desc");
		};
	}

	private Map<String, Facet> facetFields(String facetField) {
		Map<String, Facet> facets = new LinkedHashMap<>();
		if (facetField == null || facetField.isBlank()) {
			return facets;
		}
		List<String> names;
		try {
			names = List.of(json.readValue(facetField, String[].class));
		}
		catch (JacksonException e) {
			throw CkanError.validation("facet.field", "must be a JSON list of field names");
		}
		for (String name : names) {
			Facet facet = FIELDS.get(name);
			if (facet == null) {
				throw CkanError.validation("facet.field", "unknown field '" + name + "'; fields are "
						+ String.join(", ", FIELDS.keySet().stream().sorted().toList()));
			}
			facets.put(name, facet);
		}
		return facets;
	}

	static int number(String value, String field, int fallback, int min, int max) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// out of range, said below
		}
		throw CkanError.validation(field, "Must be a whole number between " + min + " and " + max);
	}
}
