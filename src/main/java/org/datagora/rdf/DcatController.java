package org.datagora.rdf;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.search.DatasetQuery;
import org.datagora.search.DatasetSearch;
import org.datagora.search.Facet;
import org.datagora.search.SearchParameters;
import org.datagora.search.SearchResult;
import org.datagora.web.FieldProblem;
import org.datagora.web.ProblemException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The DCAT-AP endpoints: a dataset ({@code /datasets/{slug}.ttl}, or its page's address with an
 * RDF {@code Accept}), the catalog and an organization's catalog paged with Hydra and filtered as
 * the search API, and the whole catalog streamed. Private and deleted datasets are never there.
 */
@RestController
@Tag(name = "DCAT-AP")
class DcatController {

	private final DcatExport export;

	private final DcatValidation validation;

	private final Datasets datasets;

	private final Organizations organizations;

	private final DatasetSearch search;

	private final RdfProperties properties;

	DcatController(DcatExport export, DcatValidation validation, Datasets datasets, Organizations organizations,
			DatasetSearch search, RdfProperties properties) {
		this.export = export;
		this.validation = validation;
		this.datasets = datasets;
		this.organizations = organizations;
		this.search = search;
		this.properties = properties;
	}

	@GetMapping("/datasets/{slug}.{extension}")
	@Operation(summary = "A dataset in DCAT-AP 3.0.1: .ttl, .rdf, .jsonld or .nt")
	void dataset(@PathVariable String slug, @PathVariable String extension, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		RdfFormat format = format(extension);
		Dataset dataset = exported(slug);
		// the version moves with every change of the dataset or of its resources; the publisher's
		// name is written too, and an organization renamed does not touch its datasets
		String tag = dataset.id() + "-" + dataset.version() + "-"
				+ (dataset.organization() == null ? 0 : Integer.toHexString(dataset.organization().name().hashCode()));
		if (new ServletWebRequest(request, response).checkNotModified("\"" + tag + '-' + format.extension() + "\"")) {
			return;
		}
		begin(response, format);
		export.write(dataset, format, response.getOutputStream());
	}

	@GetMapping("/catalog.{extension}")
	@Operation(summary = "The catalog in DCAT-AP 3.0.1, a page at a time (Hydra PartialCollectionView), with the "
			+ "filters of the dataset search and modified_since for incremental harvesting. The first page walks on "
			+ "with cursors in hydra:next, without limit; page=N reaches a page directly within the first 10,000 "
			+ "datasets. Public datasets only; archived ones are left out")
	void catalog(@PathVariable String extension, @ParameterObject SearchParameters parameters,
			@Parameter(description = "a date (2024-05-01) or an instant (2024-05-01T12:00:00Z): only datasets whose "
					+ "metadata changed since then") @RequestParam(name = "modified_since", required = false) String modifiedSince,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		RdfFormat format = format(extension);
		CatalogPage page = page(parameters, Map.of(), modifiedSince, request);
		begin(response, format);
		export.write(page, format, response.getOutputStream());
	}

	@GetMapping("/organizations/{slug}/catalog.{extension}")
	@Operation(summary = "An organization's datasets in DCAT-AP 3.0.1, paged as /catalog.{extension}")
	void organizationCatalog(@PathVariable String slug, @PathVariable String extension,
			@ParameterObject SearchParameters parameters,
			@RequestParam(name = "modified_since", required = false) String modifiedSince, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		RdfFormat format = format(extension);
		Organization organization = organizations.get(slug);
		CatalogPage page = page(parameters, Map.of(Facet.ORGANIZATION, organization.id().toString()), modifiedSince,
				request);
		begin(response, format);
		export.write(page, format, response.getOutputStream());
	}

	@GetMapping("/catalog/dump.{extension}")
	@Operation(summary = "Every public dataset in DCAT-AP 3.0.1, streamed in one answer (Turtle or N-Triples), "
			+ "whatever the size of the catalog")
	void dump(@PathVariable String extension, HttpServletResponse response) throws IOException {
		RdfFormat format = format(extension);
		if (format.stream() == null) {
			throw new ProblemException(HttpStatus.NOT_ACCEPTABLE, "The whole catalog streams as "
					+ RdfFormat.streamingExtensions() + "; ." + extension + " is served a page at a time at /catalog."
					+ extension, List.of());
		}
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"catalog." + extension + "\"");
		begin(response, format);
		export.writeAll(format, response.getOutputStream());
	}

	@GetMapping("/api/1/datasets/{id}/dcat-validation")
	@Operation(summary = "The SHACL validation of a dataset's DCAT-AP export against the official DCAT-AP 3.0.1 "
			+ "shapes (and the HVD shapes for high-value datasets): violations to fix and recommended properties "
			+ "missing")
	DcatReport validation(@PathVariable String id) {
		return validation.validate(exported(id));
	}

	private Dataset exported(String idOrSlug) {
		Dataset dataset = datasets.get(idOrSlug);
		if (!DcatExport.exported(dataset)) {
			throw ProblemException.notFound("dataset");
		}
		return dataset;
	}

	private static RdfFormat format(String extension) {
		return RdfFormat.ofExtension(extension)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_ACCEPTABLE,
					"Unknown format ." + extension + "; the formats are " + RdfFormat.extensions(), List.of()));
	}

	private static void begin(HttpServletResponse response, RdfFormat format) {
		response.setContentType(format.mediaType().toString() + ";charset=UTF-8");
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
	}

	/**
	 * The page asked: by number within Solr's window, or from the start, or by the cursor a
	 * previous page's hydra:next gave, for walks without limit.
	 */
	private CatalogPage page(SearchParameters parameters, Map<Facet, String> scope, String modifiedSince,
			HttpServletRequest request) {
		int size = parameters.pageSize() == null ? properties.pageSize() : parameters.pageSize();
		if (size < 1 || size > properties.maxPageSize()) {
			throw ProblemException.invalid("page_size", "must be between 1 and " + properties.maxPageSize());
		}
		if (parameters.page() != null && parameters.page() < 1) {
			throw ProblemException.invalid("page", "must be 1 or more");
		}
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		filters.putAll(parameters.filters());
		filters.putAll(scope);
		String sort = parameters.sort() == null || parameters.sort().isBlank() ? "created" : parameters.sort();
		// links to other pages are for the client that asked, at the address it used; the
		// datasets themselves are named with the portal's public address
		Walk walk = new Walk(parameters, filters, sort, size, instant(modifiedSince),
				new Links(request.getRequestURL().toString(), request.getParameterMap()));
		return parameters.page() != null && parameters.cursor() == null ? numbered(walk, parameters.page())
				: byCursor(walk, parameters.cursor());
	}

	/** What every page of one walk of the catalog shares. */
	private record Walk(SearchParameters parameters, Map<Facet, String> filters, String sort, int size, Instant since,
			Links links) {

		DatasetQuery query(int page, int rows, String cursor) {
			return new DatasetQuery(parameters.q(), filters, parameters.owner(), parameters.bbox(), false, sort, page,
					rows, cursor, Set.of(), 1, false, true,
					since == null ? null : new DatasetQuery.Period(since, true, null, false));
		}

		String first() {
			return links.with(null, null);
		}
	}

	/** A page of a walk without limit: from the first page on, hydra:next carries a Solr cursor. */
	private CatalogPage byCursor(Walk walk, String given) {
		String cursor = given == null || given.isBlank() ? "*" : given;
		SearchResult<Dataset> found = search.search(walk.query(1, walk.size(), cursor));
		String next = found.nextCursor() == null ? null : walk.links().with("cursor", found.nextCursor());
		return new CatalogPage(datasetsOf(found), found.total(),
				given == null ? walk.first() : walk.links().with("cursor", cursor), walk.first(), null, next, null);
	}

	/** Page {@code page} by number, with first, previous, next and last links within Solr's window. */
	private CatalogPage numbered(Walk walk, int page) {
		int size = walk.size();
		long offset = (long) (page - 1) * size;
		List<Dataset> items = List.of();
		long total;
		if (offset + size <= DatasetSearch.MAX_OFFSET) {
			SearchResult<Dataset> found = search.search(walk.query(page, size, null));
			items = datasetsOf(found);
			total = found.total();
		}
		else {
			// past Solr's window: a page past the end is empty, a page inside is reached by walking
			total = search.search(walk.query(1, 1, null)).total();
			if (offset < total) {
				throw ProblemException.invalid(List.of(new FieldProblem("page", "pages past the first "
						+ DatasetSearch.MAX_OFFSET + " datasets are reached by following hydra:next from the first page")));
			}
		}
		Links links = walk.links();
		long lastPage = Math.max(1, (total + size - 1) / size);
		boolean nextInWindow = page < lastPage && (long) (page + 1) * size <= DatasetSearch.MAX_OFFSET;
		return new CatalogPage(items, total, links.with("page", Integer.toString(page)), walk.first(),
				page > 1 ? links.with("page", Long.toString(Math.min(page - 1, lastPage))) : null,
				nextInWindow ? links.with("page", Integer.toString(page + 1)) : null,
				lastPage * size <= DatasetSearch.MAX_OFFSET ? links.with("page", Long.toString(lastPage)) : null);
	}

	/** The addresses of other pages: this request's parameters, with another page or cursor. */
	private record Links(String path, Map<String, String[]> parameters) {

		String with(String name, String value) {
			StringBuilder url = new StringBuilder(path);
			char separator = '?';
			for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
				if (parameter.getKey().equals("page") || parameter.getKey().equals("cursor")) {
					continue;
				}
				for (String each : parameter.getValue()) {
					url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(each));
					separator = '&';
				}
			}
			if (name != null) {
				url.append(separator).append(name).append('=').append(encode(value));
			}
			return url.toString();
		}

		// form encoding: a cursor's '+' and '/' must come back as they went
		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
	}

	private static List<Dataset> datasetsOf(SearchResult<Dataset> found) {
		return found.items().stream().map(SearchResult.Hit::item).filter(DcatExport::exported).toList();
	}

	private static Instant instant(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return value.contains("T") ? Instant.parse(value.strip())
					: LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException e) {
			throw ProblemException.invalid("modified_since", "must be a date (2024-05-01) or an instant "
					+ "(2024-05-01T12:00:00Z)");
		}
	}
}
