package org.datagora.search.ckan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.catalog.Theme;
import org.datagora.search.DatasetSearch;
import org.datagora.search.Facet;
import org.datagora.web.PageRequest;
import org.springframework.stereotype.Component;

/**
 * CKAN's organizations (ours) and groups (our themes): their lists and their dicts, with CKAN's
 * parameters, defaults and limits. Counts and datasets are public ones only, whoever asks.
 */
@Component
class CkanGroups {

	// CKAN's ckan.group_and_organization_list_max and ..._all_fields_max: larger limits are lowered
	private static final int LIST_LIMIT = 1000;

	private static final int ALL_FIELDS_LIMIT = 25;

	// CKAN 2.9+ leaves the number to package_search's default (its docs still say 1,000)
	private static final int SHOWN_DATASETS = CkanSearch.DEFAULT_ROWS;

	private static final int MAX_OFFSET = 100_000;

	private final CkanSearch search;

	private final Organizations organizations;

	CkanGroups(CkanSearch search, Organizations organizations) {
		this.search = search;
		this.organizations = organizations;
	}

	/** The parts of a dict asked with {@code include_*}: defaults are organization_show's, or all off in lists. */
	private record Include(boolean datasets, boolean count, boolean extras, boolean tags, boolean groups,
			boolean users) {

		static Include of(Map<String, String> params, boolean show) {
			return new Include(flag(params, "include_datasets", false), flag(params, "include_dataset_count", true),
					flag(params, "include_extras", show), flag(params, "include_tags", show),
					flag(params, "include_groups", show),
					// as CKAN with ckan.auth.public_user_details off: members are not public here
					flag(params, "include_users", false));
		}

		private static boolean flag(Map<String, String> params, String name, boolean fallback) {
			return CkanParams.flag(params.get(name), name, fallback);
		}
	}

	/** How a list is sorted: CKAN's title, name or package_count, then asc or desc. */
	private record Order(String field, boolean descending) {

		static Order of(String sort) {
			String[] words = sort == null || sort.isBlank() ? new String[] { "title" }
					: sort.strip().toLowerCase(Locale.ROOT).split("\\s+");
			String field = words[0].equals("packages") ? "package_count" : words[0];
			if (!List.of("title", "name", "package_count").contains(field) || words.length > 2
					|| words.length == 2 && !words[1].matches("asc|desc")) {
				throw CkanError.validation("sort", "must be title, name or package_count, then asc or desc");
			}
			// as CKAN: by number of datasets, the largest first unless asked otherwise
			return new Order(field, words.length == 2 ? words[1].equals("desc") : field.equals("package_count"));
		}

		<T> Comparator<T> of(Function<T, String> title, Function<T, String> name, Function<T, Long> count) {
			Comparator<T> order = switch (field) {
				case "name" -> Comparator.comparing(name);
				case "package_count" -> Comparator.comparing(count);
				default -> Comparator.comparing(title.andThen(value -> value.toLowerCase(Locale.ROOT)));
			};
			return descending ? order.reversed() : order;
		}
	}

	/** A list's parameters: dicts or names, which page, in which order, of which names. */
	private record Listing(boolean dicts, int start, int rows, Order order, List<String> names, Include include) {

		static Listing of(Map<String, String> params, String namesParameter) {
			boolean dicts = CkanParams.flag(params.get("all_fields"), "all_fields", false);
			// each dict counts its datasets: CKAN gives few at a time
			int max = dicts ? ALL_FIELDS_LIMIT : LIST_LIMIT;
			return new Listing(dicts, CkanParams.number(params.get("offset"), "offset", 0, 0, MAX_OFFSET),
					CkanParams.capped(params.get("limit"), "limit", max, max), Order.of(params.get("sort")),
					CkanParams.names(params.get(namesParameter), namesParameter, false), Include.of(params, false));
		}

		<T> List<T> page(List<T> all) {
			return all.subList(Math.min(start, all.size()), Math.min(start + rows, all.size()));
		}
	}

	List<Object> organizationList(Map<String, String> params, String baseUrl) {
		Listing listing = Listing.of(params, "organizations");
		if (listing.order().field().equals("package_count")) {
			throw CkanError.validation("sort", "organizations are listed by title or name, not by package_count");
		}
		List<Organization> page;
		if (listing.names().isEmpty() && listing.order().equals(Order.of(null))) {
			// the database's own order: only the rows up to the page are read
			page = listing.page(organizations.list(null, new PageRequest(1, listing.start() + listing.rows()))
				.organizations());
		}
		else {
			List<Organization> chosen = listing.names().isEmpty()
					? organizations.list(null, new PageRequest(1, Integer.MAX_VALUE)).organizations()
					: listing.names().stream().distinct().map(organizations::find).flatMap(Optional::stream).toList();
			page = listing.page(chosen.stream()
				.sorted(listing.order().<Organization>of(Organization::name, Organization::slug, any -> 0L))
				.toList());
		}
		return page.stream()
			.map(organization -> listing.dicts() ? organizationDict(organization, listing.include(), baseUrl)
					: (Object) organization.slug())
			.toList();
	}

	Map<String, Object> organizationShow(Map<String, String> params, String baseUrl) {
		Organization organization = organizations.find(CkanApi.required(params.get("id"), "id"))
			.orElseThrow(CkanError::notFound);
		return organizationDict(organization, Include.of(params, true), baseUrl);
	}

	List<Object> groupList(Map<String, String> params, String baseUrl) {
		Listing listing = Listing.of(params, "groups");
		// the themes are few: one facet counts them all
		Map<String, Long> counts = new LinkedHashMap<>();
		if (listing.order().field().equals("package_count")) {
			search.window(CkanSearch.Criteria.filtered(Map.of(), null), 0, 0, Set.of(Facet.THEME),
					DatasetSearch.MAX_FACET_SIZE, true)
				.first()
				.facets()
				.getOrDefault(Facet.THEME, List.of())
				.forEach(count -> counts.put(count.value(), count.count()));
		}
		return listing.page(Arrays.stream(Theme.values())
			.filter(theme -> listing.names().isEmpty() || listing.names().contains(CkanDicts.groupName(theme)))
			.sorted(listing.order().<Theme>of(Theme::en, CkanDicts::groupName,
					theme -> counts.getOrDefault(theme.code(), 0L)))
			.toList())
			.stream()
			.map(theme -> listing.dicts() ? groupDict(theme, listing.include(), baseUrl)
					: (Object) CkanDicts.groupName(theme))
			.toList();
	}

	Map<String, Object> groupShow(Map<String, String> params, String baseUrl) {
		String id = CkanApi.required(params.get("id"), "id").strip();
		Theme theme = Arrays.stream(Theme.values())
			.filter(each -> CkanDicts.groupName(each).equals(id.toLowerCase(Locale.ROOT))
					|| CkanDicts.groupId(each).equals(id))
			.findFirst()
			.orElseThrow(CkanError::notFound);
		return groupDict(theme, Include.of(params, true), baseUrl);
	}

	private Map<String, Object> organizationDict(Organization organization, Include include, String baseUrl) {
		List<Map<String, Object>> extras = new ArrayList<>();
		extra(extras, "acronym", organization.acronym());
		extra(extras, "website", organization.website());
		extra(extras, "organization_type", organization.type() == null ? null : organization.type().code());
		extra(extras, "siret", organization.siret());
		return dict(CkanDicts.organization(organization), organization.name(),
				Map.of(Facet.ORGANIZATION, organization.id().toString()), extras, include, baseUrl);
	}

	private Map<String, Object> groupDict(Theme theme, Include include, String baseUrl) {
		List<Map<String, Object>> extras = new ArrayList<>();
		extra(extras, "uri", theme.uri());
		return dict(CkanDicts.group(theme), theme.en(), Map.of(Facet.THEME, theme.code()), extras, include, baseUrl);
	}

	/** The keys of CKAN's group_dictize around a group's own: counts, datasets and the parts asked for. */
	private Map<String, Object> dict(Map<String, Object> own, String displayName, Map<Facet, String> datasets,
			List<Map<String, Object>> extras, Include include, String baseUrl) {
		Map<String, Object> dict = new LinkedHashMap<>(own);
		dict.put("display_name", displayName);
		dict.put("image_display_url", own.get("image_url"));
		if (include.datasets() || include.count()) {
			CkanSearch.Window window = search.window(CkanSearch.Criteria.filtered(datasets, "-last_modified"), 0,
					include.datasets() ? SHOWN_DATASETS : 0, Set.of(), 1, true);
			dict.put("package_count", window.first().total());
			if (include.datasets()) {
				dict.put("packages", search.packages(window.datasets(), baseUrl));
			}
		}
		// nobody follows anything here
		dict.put("num_followers", 0);
		if (include.extras()) {
			dict.put("extras", extras);
		}
		// neither tags nor sub-groups exist for organizations and themes
		if (include.tags()) {
			dict.put("tags", List.of());
		}
		if (include.groups()) {
			dict.put("groups", List.of());
		}
		if (include.users()) {
			dict.put("users", List.of());
		}
		return dict;
	}

	private static void extra(List<Map<String, Object>> extras, String key, String value) {
		if (value != null && !value.isBlank()) {
			extras.add(CkanDicts.extra(key, value));
		}
	}
}
