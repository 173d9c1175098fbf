package org.datagora.search.ckan;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.catalog.CatalogProperties;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.License;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.catalog.Resource;
import org.datagora.catalog.Resources;
import org.datagora.catalog.Theme;
import org.datagora.search.DatasetSearch;
import org.datagora.search.Facet;
import org.datagora.search.SearchResult;
import org.datagora.web.FieldProblem;
import org.datagora.web.PageRequest;
import org.datagora.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CKAN's Action API, read-only: every answer in CKAN's envelope {@code {help, success, result}},
 * every error as CKAN's {@code {success: false, error: {__type, message}}} with its status, so
 * that CKAN clients and harvesters need no change to read Datagora. Actions read GET and POST alike,
 * as CKAN's do (a JSON body through {@link CkanPostBodies}).
 */
@RestController
@RequestMapping("/api/3/action")
@Tag(name = "CKAN-compatible API")
class CkanApi {

	static final String CKAN_VERSION = "2.10.0";

	private static final int LIST_LIMIT = 1000;

	private static final int ALL_FIELDS_LIMIT = 25;

	private final CkanSearch search;

	private final Datasets datasets;

	private final Organizations organizations;

	private final Resources resources;

	private final String baseUrl;

	CkanApi(CkanSearch search, Datasets datasets, Organizations organizations, Resources resources,
			CatalogProperties catalog) {
		this.search = search;
		this.datasets = datasets;
		this.organizations = organizations;
		this.resources = resources;
		this.baseUrl = catalog.baseUrl();
	}

	@RequestMapping(path = "/status_show", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the site and the CKAN version it answers like")
	Map<String, Object> statusShow() {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("site_title", "Datagora");
		status.put("site_url", baseUrl);
		status.put("site_description", "");
		status.put("ckan_version", CKAN_VERSION);
		status.put("error_emails_to", null);
		status.put("locale_default", "fr");
		status.put("extensions", List.of());
		return envelope("status_show", status);
	}

	@RequestMapping(path = "/package_show", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: a dataset by id or slug, as a CKAN package")
	Map<String, Object> packageShow(@RequestParam(required = false) String id) {
		Dataset dataset = datasets.get(required(id, "id"));
		return envelope("package_show", CkanDicts.pack(dataset, organizationOf(dataset), baseUrl));
	}

	@RequestMapping(path = "/package_search", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: search datasets (q, fq on organization, tags, res_format, license_id and groups, "
			+ "rows, start, sort, facet.field, include_private)")
	Map<String, Object> packageSearch(@RequestParam(required = false) String q,
			@RequestParam(required = false) String fq, @RequestParam(required = false) String rows,
			@RequestParam(required = false) String start, @RequestParam(required = false) String sort,
			@RequestParam(name = "facet.field", required = false) String facetField,
			@RequestParam(name = "include_private", required = false) String includePrivate) {
		// as CKAN: the private datasets one may see only when asked for
		return envelope("package_search", search.search(new CkanSearch.Request(q, fq, rows, start, sort, facetField,
				"true".equalsIgnoreCase(includePrivate)), baseUrl));
	}

	@RequestMapping(path = "/package_list", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the names of the datasets, oldest first (limit, offset)")
	Map<String, Object> packageList(@RequestParam(required = false) String limit,
			@RequestParam(required = false) String offset) {
		int rows = CkanSearch.number(limit, "limit", LIST_LIMIT, 0, LIST_LIMIT);
		int start = CkanSearch.number(offset, "offset", 0, 0, DatasetSearch.MAX_OFFSET);
		return envelope("package_list", search.window(null, Map.of(), "created", start, rows, Set.of(), true)
			.datasets()
			.stream()
			.map(Dataset::slug)
			.toList());
	}

	@RequestMapping(path = "/organization_list", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the names of the organizations, or their dicts with all_fields=true (25 at most "
			+ "at a time, as CKAN)")
	Map<String, Object> organizationList(@RequestParam(name = "all_fields", required = false) String allFields,
			@RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
		boolean dicts = "true".equalsIgnoreCase(allFields);
		// CKAN's ckan.group_and_organization_list_all_fields_max: each dict counts its datasets
		int max = dicts ? ALL_FIELDS_LIMIT : LIST_LIMIT;
		int rows = CkanSearch.number(limit, "limit", max, 0, max);
		int start = CkanSearch.number(offset, "offset", 0, 0, 100_000);
		List<Organization> all = organizations.list(null, new PageRequest(1, start + rows)).organizations();
		List<Organization> page = all.subList(Math.min(start, all.size()), all.size());
		return envelope("organization_list", dicts ? page.stream().map(this::organizationDict).toList()
				: page.stream().map(Organization::slug).toList());
	}

	@RequestMapping(path = "/organization_show", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: an organization by id or name, with its number of public datasets")
	Map<String, Object> organizationShow(@RequestParam(required = false) String id) {
		return envelope("organization_show", organizationDict(organizations.get(required(id, "id"))));
	}

	@RequestMapping(path = "/group_list", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the themes as CKAN groups, names or dicts with all_fields=true")
	Map<String, Object> groupList(@RequestParam(name = "all_fields", required = false) String allFields) {
		return envelope("group_list", "true".equalsIgnoreCase(allFields)
				? Arrays.stream(Theme.values()).map(CkanDicts::group).toList()
				: Arrays.stream(Theme.values()).map(CkanDicts::groupName).toList());
	}

	@RequestMapping(path = "/tag_list", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the most used tags of the datasets one may see")
	Map<String, Object> tagList() {
		SearchResult<Dataset> counted = search.window(null, Map.of(), null, 0, 0, Set.of(Facet.TAG), true).first();
		return envelope("tag_list", counted.facets()
			.getOrDefault(Facet.TAG, List.of())
			.stream()
			.map(SearchResult.FacetCount::value)
			.toList());
	}

	@RequestMapping(path = "/license_list", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the licences a dataset may have")
	Map<String, Object> licenseList() {
		return envelope("license_list", Arrays.stream(License.values()).map(CkanDicts::license).toList());
	}

	@RequestMapping(path = "/resource_show", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: a resource by id")
	Map<String, Object> resourceShow(@RequestParam(required = false) String id) {
		UUID resourceId;
		try {
			resourceId = UUID.fromString(required(id, "id").strip());
		}
		catch (IllegalArgumentException e) {
			throw CkanError.notFound();
		}
		Resource resource = resources.get(resourceId);
		List<Resource> siblings = datasets.get(resource.datasetId().toString()).resources();
		int position = siblings == null ? 0 : Math.max(0, siblings.stream().map(Resource::id).toList()
			.indexOf(resourceId));
		return envelope("resource_show", CkanDicts.resource(resource, position));
	}

	/** Any other action: CKAN answers 400 for an action it does not know. */
	@RequestMapping("/{action}")
	ResponseEntity<Map<String, Object>> unknown(@PathVariable String action) {
		return error(CkanError.badRequest("Action name not known: " + action));
	}

	@ExceptionHandler(CkanError.class)
	ResponseEntity<Map<String, Object>> error(CkanError error) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("help", help("help_show"));
		body.put("success", false);
		Map<String, Object> details = new LinkedHashMap<>(error.fields());
		details.put("__type", error.type());
		if (error.getMessage() != null) {
			details.put("message", error.getMessage());
		}
		body.put("error", details);
		return ResponseEntity.status(error.status()).body(body);
	}

	/** Errors of the search and the catalog, said as CKAN says them. */
	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Map<String, Object>> problem(ProblemException problem) {
		if (problem.status() == HttpStatus.NOT_FOUND || problem.status() == HttpStatus.FORBIDDEN) {
			return error(CkanError.notFound());
		}
		FieldProblem first = problem.errors().isEmpty() ? new FieldProblem("request", problem.getMessage())
				: problem.errors().get(0);
		return error(CkanError.validation(first.field(), first.message()));
	}

	private Map<String, Object> envelope(String action, Object result) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("help", help(action));
		body.put("success", true);
		body.put("result", result);
		return body;
	}

	private String help(String action) {
		return baseUrl + "/api/3/action/help_show?name=" + action;
	}

	/** An organization as its own answer: the dict of a package's organization, its name and count added. */
	private Map<String, Object> organizationDict(Organization organization) {
		Map<String, Object> dict = new LinkedHashMap<>(CkanDicts.organization(organization));
		dict.put("display_name", organization.name());
		dict.put("package_count", search.window(null, Map.of(Facet.ORGANIZATION, organization.id().toString()), null,
				0, 0, Set.of(), true).first().total());
		return dict;
	}

	private Organization organizationOf(Dataset dataset) {
		return dataset.organization() == null ? null
				: organizations.find(dataset.organization().id().toString()).orElse(null);
	}

	private static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw CkanError.validation(field, "Missing value");
		}
		return value;
	}
}
