package org.datagora.catalog.pages;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.DatasetFilter;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organizations;
import org.datagora.geo.GeoZones;
import org.datagora.web.Chrome;
import org.datagora.web.FormErrors;
import org.datagora.web.Markdown;
import org.datagora.web.PageCache;
import org.datagora.web.PageRequest;
import org.datagora.web.Pager;
import org.datagora.web.ProblemException;
import org.datagora.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The dataset list with its filters, and the page of one dataset. */
@PageController
class DatasetPagesController {

	static final int PAGE_SIZE = 20;

	private final Datasets datasets;

	private final Organizations organizations;

	private final GeoZones zones;

	private final Markdown markdown;

	private final PageCache pages;

	DatasetPagesController(Datasets datasets, Organizations organizations, GeoZones zones, Markdown markdown,
			PageCache pages) {
		this.pages = pages;
		this.datasets = datasets;
		this.organizations = organizations;
		this.zones = zones;
		this.markdown = markdown;
	}

	@GetMapping("/datasets")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String organization,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String license,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String format,
			@RequestParam(required = false) String geozone, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String deleted,
			HttpServletRequest request, HttpServletResponse response,
			Model model) {
		DatasetFilter filter = new DatasetFilter(blank(q), blank(organization), null, blank(tag), blank(license),
				blank(format), null, blank(geozone), blank(theme), null, blank(sort));
		PageRequest pageRequest = PageRequest.of(Math.max(page, 1), PAGE_SIZE);
		Datasets.Listing listing;
		FormErrors errors = FormErrors.none();
		try {
			listing = datasets.list(filter, pageRequest);
		}
		catch (ProblemException problem) {
			errors = FormErrors.forForm(problem, response);
			listing = new Datasets.Listing(List.of(), 0);
		}
		model.addAttribute("page", new DatasetListPage(filter, listing.datasets(),
				Pager.of(pageRequest, listing.total(), "/datasets", request.getQueryString()),
				organizations.list(null, PageRequest.of(1, PageRequest.MAX_PAGE_SIZE)).organizations(), errors,
				deleted != null));
		return "catalog/datasets";
	}

	@GetMapping("/datasets/{slug}")
	ModelAndView show(@PathVariable String slug, @ModelAttribute("chrome") Chrome chrome) {
		Dataset dataset = datasets.get(slug);
		if (!chrome.signedIn()) {
			// the history changes only with the dataset's version, so the dataset instance names the page
			return pages.page(new PageCache.Key(dataset, chrome.lang() + ' ' + chrome.path()), "catalog/dataset",
					() -> Map.of("chrome", chrome, "page", page(dataset)));
		}
		return new ModelAndView("catalog/dataset", Map.of("page", page(dataset)));
	}

	private DatasetPage page(Dataset dataset) {
		return new DatasetPage(dataset, markdown.toHtml(dataset.description()),
				dataset.spatial() == null ? List.of() : zones.findAll(dataset.spatial().zones()),
				datasets.history(dataset.id(), 50), datasets.canEdit(dataset));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
