package org.datagora.catalog.pages;

import java.util.List;
import java.util.Map;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.geo.GeoZone;
import org.datagora.geo.GeoZones;
import org.datagora.web.Chrome;
import org.datagora.web.Markdown;
import org.datagora.web.PageCache;
import org.datagora.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page of one dataset. The dataset list {@code /datasets} is the search module's page;
 * {@code PAGE_SIZE} stays here as the size of the catalog's own lists.
 */
@PageController
class DatasetPagesController {

	static final int PAGE_SIZE = 20;

	private final Datasets datasets;

	private final GeoZones zones;

	private final Markdown markdown;

	private final PageCache pages;

	private final DatasetJsonLd jsonLd;

	DatasetPagesController(Datasets datasets, GeoZones zones, Markdown markdown, PageCache pages,
			DatasetJsonLd jsonLd) {
		this.pages = pages;
		this.jsonLd = jsonLd;
		this.datasets = datasets;
		this.zones = zones;
		this.markdown = markdown;
	}

	// a dot starts an extension: /datasets/{slug}.ttl is the dataset in RDF (module rdf)
	@GetMapping("/datasets/{slug:[^.]+}")
	ModelAndView show(@PathVariable String slug, @ModelAttribute("chrome") Chrome chrome) {
		Dataset dataset = datasets.get(slug);
		if (!chrome.signedIn()) {
			// the history changes only with the dataset's version, so the dataset instance names the page
			return pages.page(new PageCache.Key(dataset, chrome.lang() + ' ' + chrome.path()), "catalog/dataset",
					() -> Map.of("chrome", chrome, "page", page(dataset, chrome)));
		}
		return new ModelAndView("catalog/dataset", Map.of("page", page(dataset, chrome)));
	}

	private DatasetPage page(Dataset dataset, Chrome chrome) {
		List<GeoZone> datasetZones = dataset.spatial() == null ? List.of() : zones.findAll(dataset.spatial().zones());
		// only public pages are described to search engines; editors also see private and deleted ones
		boolean isPublic = !dataset.isPrivate() && dataset.deleted() == null;
		return new DatasetPage(dataset, markdown.toHtml(dataset.description()), datasetZones,
				datasets.history(dataset.id(), 50), datasets.canEdit(dataset),
				isPublic ? jsonLd.of(dataset, datasetZones, chrome.locale()) : null);
	}
}
