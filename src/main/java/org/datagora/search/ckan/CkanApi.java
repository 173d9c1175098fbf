package org.datagora.search.ckan;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.catalog.CatalogProperties;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.License;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.catalog.Resource;
import org.datagora.catalog.Resources;
import org.datagora.search.DatasetSearch;
import org.datagora.search.Facet;
import org.datagora.search.SearchResult;
import org.datagora.web.FieldProblem;
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
 * as CKAN's do (a JSON body through {@link CkanPostBodies}). Each action's {@code help_show} text is
 * its OpenAPI summary and description, written once here.
 */
@RestController
@RequestMapping("/api/3/action")
@Tag(name = "CKAN-compatible API")
class CkanApi {

	static final String CKAN_VERSION = "2.10.0";

	private static final int LIST_LIMIT = 1000;

	// the parameters organization_list and group_list share, then organization_show and group_show
	private static final String LIST = """
			- all_fields: true for dicts (as the _show action gives them, include_* off by default), 25 at \
			most at a time as in CKAN; else names, 1000 at most.
			- limit, offset: the page; a larger limit gives the most there may be, as in CKAN.
			- include_dataset_count, include_datasets, include_extras, include_tags, include_groups, \
			include_users: as the _show action, with all_fields.
			""";

	private static final String SHOW = """
			- include_dataset_count: package_count, the public datasets (true by default).
			- include_datasets: packages, the 10 last modified public datasets, as CKAN 2.9+ gives them \
			(false by default; package_search with fq gives them all).
			- include_users: false by default; members are not public here, so the list is empty.
			""";

	private static final Map<String, String> HELP = help();

	private final CkanSearch search;

	private final CkanGroups groups;

	private final Datasets datasets;

	private final Organizations organizations;

	private final Resources resources;

	private final String baseUrl;

	CkanApi(CkanSearch search, CkanGroups groups, Datasets datasets, Organizations organizations,
			Resources resources, CatalogProperties catalog) {
		this.search = search;
		this.groups = groups;
		this.datasets = datasets;
		this.organizations = organizations;
		this.resources = resources;
		this.baseUrl = catalog.baseUrl();
	}

	@RequestMapping(path = "/status_show", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the site and the CKAN version it answers like", description = "No parameters.")
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

	@RequestMapping(path = "/help_show", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the documentation of an action, as text", description = """
			- name: the action, as package_search (required); an action we do not have is Not Found.""")
	Map<String, Object> helpShow(@RequestParam(required = false) String name) {
		String help = HELP.get(required(name, "name").strip());
		if (help == null) {
			throw CkanError.notFound("Action function not found");
		}
		return envelope("help_show", help);
	}

	@RequestMapping(path = "/package_show", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: a dataset by id or slug, as a CKAN package", description = """
			- id: the dataset's id or name (required). A private dataset is found by those who may see it only.""")
	Map<String, Object> packageShow(@RequestParam(required = false) String id) {
		Dataset dataset = datasets.get(required(id, "id"));
		return envelope("package_show", CkanDicts.pack(dataset, organizationOf(dataset), baseUrl));
	}

	@RequestMapping(path = "/package_search", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: search datasets", description = """
			- q: words to look for (Solr syntax is read as words; *:* or nothing: all datasets).
			- fq: filters, all of which must hold, joined by spaces or AND, each optionally after a +: \
			organization:NAME, owner_org:ID, tags:TAG, res_format:FORMAT, license_id:ID, groups:NAME \
			(quote values with spaces: tags:"open data"; one value per field), and \
			metadata_modified:[2024-01-01T00:00:00Z TO *] (UTC times or *). OR, negation, parentheses, \
			wildcards, date math and other fields are refused (409) with a message naming them.
			- rows: 10 by default; more than 1000 give 1000, as in CKAN.
			- start: any offset within the first 10,000 results; beyond, page in order from start=0 \
			(each page's end is remembered 10 minutes for the next one).
			- sort: score, metadata_modified, metadata_created, name, title_string or id, then asc or \
			desc; the first clause decides. Default: score desc with q, else metadata_modified desc.
			- fl: the fields to return (comma-separated or a JSON list): only those, valued as CKAN's \
			search index gives them (tags, groups and organization by name).
			- facet.field: a JSON list of fq fields (but metadata_modified) whose values are counted.
			- facet.limit: values per field, 50 by default; at most 100 are counted, and a larger or \
			negative limit is refused when a field has 100 values or more.
			- facet.mincount: the least count of a value listed, 1 or more (1 by default).
			- facet: false leaves the counts out.
			- include_private: true adds the private datasets one may see.""")
	Map<String, Object> packageSearch(@RequestParam(required = false) String q,
			@RequestParam(required = false) String fq, @RequestParam(required = false) String rows,
			@RequestParam(required = false) String start, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String facet,
			@RequestParam(name = "facet.field", required = false) String facetField,
			@RequestParam(name = "facet.limit", required = false) String facetLimit,
			@RequestParam(name = "facet.mincount", required = false) String facetMinCount,
			@RequestParam(required = false) String fl,
			@RequestParam(name = "include_private", required = false) String includePrivate) {
		// as CKAN: the private datasets one may see only when asked for
		return envelope("package_search", search.search(new CkanSearch.Request(q, fq, rows, start, sort, facet,
				facetField, facetLimit, facetMinCount, fl,
				CkanParams.flag(includePrivate, "include_private", false)), baseUrl));
	}

	@RequestMapping(path = "/package_list", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the names of the public datasets, oldest first", description = """
			- limit: 1000 by default and at most.
			- offset: where to start (within the first 10,000).""")
	Map<String, Object> packageList(@RequestParam(required = false) String limit,
			@RequestParam(required = false) String offset) {
		int rows = CkanParams.capped(limit, "limit", LIST_LIMIT, LIST_LIMIT);
		int start = CkanParams.number(offset, "offset", 0, 0, DatasetSearch.MAX_OFFSET);
		return envelope("package_list", search.window(CkanSearch.Criteria.filtered(Map.of(), "created"), start,
				rows, Set.of(), 1, true)
			.datasets()
			.stream()
			.map(Dataset::slug)
			.toList());
	}

	@RequestMapping(path = "/organization_list", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the names of the organizations, or their dicts", description = LIST
			+ "- sort: title (default) or name, then asc or desc.\n"
			+ "- organizations: only these names (a JSON list or comma-separated).")
	Map<String, Object> organizationList(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return envelope("organization_list", groups.organizationList(params, baseUrl));
	}

	@RequestMapping(path = "/organization_show", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: an organization by id or name", description = "- id: the organization's id or "
			+ "name (required).\n" + SHOW + "- include_extras (acronym, website, type, SIRET), include_tags, "
			+ "include_groups: true by default.")
	Map<String, Object> organizationShow(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return envelope("organization_show", groups.organizationShow(params, baseUrl));
	}

	@RequestMapping(path = "/group_list", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the themes as CKAN groups, names or dicts", description = LIST
			+ "- sort: title (default), name or package_count, then asc or desc.\n"
			+ "- groups: only these names (a JSON list or comma-separated).")
	Map<String, Object> groupList(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return envelope("group_list", groups.groupList(params, baseUrl));
	}

	@RequestMapping(path = "/group_show", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: a theme as a CKAN group, by name or id", description = "- id: the group's name "
			+ "(the theme's code in lower case, as tran) or id (required).\n" + SHOW
			+ "- include_extras (the theme's URI), include_tags, include_groups: true by default.")
	Map<String, Object> groupShow(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return envelope("group_show", groups.groupShow(params, baseUrl));
	}

	@RequestMapping(path = "/tag_list", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the most used tags of the public datasets", description = "The 100 most used, "
			+ "most used first.")
	Map<String, Object> tagList() {
		SearchResult<Dataset> counted = search.window(CkanSearch.Criteria.filtered(Map.of(), null), 0, 0,
				Set.of(Facet.TAG), DatasetSearch.MAX_FACET_SIZE, true).first();
		return envelope("tag_list", counted.facets()
			.getOrDefault(Facet.TAG, List.of())
			.stream()
			.map(SearchResult.FacetCount::value)
			.toList());
	}

	@RequestMapping(path = "/license_list", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: the licences a dataset may have", description = "No parameters.")
	Map<String, Object> licenseList() {
		return envelope("license_list", Arrays.stream(License.values()).map(CkanDicts::license).toList());
	}

	@RequestMapping(path = "/resource_show", method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "CKAN: a resource by id", description = "- id: the resource's id (required).")
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

	/** Each action's documentation: its OpenAPI summary and description, read once from this class. */
	private static Map<String, String> help() {
		Map<String, String> help = new TreeMap<>();
		for (Method method : CkanApi.class.getDeclaredMethods()) {
			RequestMapping mapping = method.getAnnotation(RequestMapping.class);
			Operation operation = method.getAnnotation(Operation.class);
			if (mapping != null && operation != null) {
				String summary = operation.summary().replaceFirst("^CKAN: ", "");
				help.put(mapping.path()[0].substring(1), Character.toUpperCase(summary.charAt(0))
						+ summary.substring(1) + ".\n\n" + operation.description());
			}
		}
		return help;
	}

	private Organization organizationOf(Dataset dataset) {
		return dataset.organization() == null ? null
				: organizations.find(dataset.organization().id().toString()).orElse(null);
	}

	static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw CkanError.validation(field, "Missing value");
		}
		return value;
	}
}
