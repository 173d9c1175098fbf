package org.datagora.catalog.pages;

import java.util.Locale;

import org.datagora.catalog.CatalogCounts;
import org.datagora.catalog.DatasetFilter;
import org.datagora.catalog.Datasets;
import org.datagora.web.PageRequest;
import org.datagora.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@PageController
class HomeController {

	private static final PageRequest FEW = PageRequest.of(1, 6);

	private final Datasets datasets;

	private final CatalogCounts counts;

	HomeController(Datasets datasets, CatalogCounts counts) {
		this.datasets = datasets;
		this.counts = counts;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		DatasetFilter all = DatasetFilter.all();
		DatasetFilter spd = new DatasetFilter(null, "spd", null);
		model.addAttribute("page", new HomePage(counts.get(), datasets.list(all.sortedBy("-created"), FEW).datasets(),
				datasets.list(spd, FEW).datasets(), DatasetFeedsController.link(DatasetFeedsController.SITE, locale)));
		return "catalog/home";
	}
}
