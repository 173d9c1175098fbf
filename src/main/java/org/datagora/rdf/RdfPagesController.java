package org.datagora.rdf;

import java.util.List;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.DatasetFilter;
import org.datagora.catalog.Datasets;
import org.datagora.identity.Viewer;
import org.datagora.web.PageController;
import org.datagora.web.PageRequest;
import org.datagora.web.ProblemException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Pages about the export: how to harvest the portal, a dataset's DCAT-AP validation report (public,
 * as the export it checks, so that its publisher sees what to fix), and for site admins the
 * conformity of the latest datasets.
 */
@PageController
class RdfPagesController {

	/** Datasets checked by the admin overview: the most recently modified. */
	private static final int OVERVIEW_SIZE = 50;

	private final Datasets datasets;

	private final DcatValidation validation;

	RdfPagesController(Datasets datasets, DcatValidation validation) {
		this.datasets = datasets;
		this.validation = validation;
	}

	@GetMapping("/catalog")
	String harvestHelp() {
		return "rdf/catalog";
	}

	@GetMapping("/datasets/{slug}/dcat-ap")
	String report(@PathVariable String slug, Model model) {
		Dataset dataset = datasets.get(slug);
		if (!DcatExport.exported(dataset)) {
			throw ProblemException.notFound("dataset");
		}
		model.addAttribute("report", validation.validate(dataset));
		return "rdf/report";
	}

	@GetMapping("/admin/dcat")
	String overview(Model model) {
		Viewer viewer = Viewer.current().orElseThrow(ProblemException::unauthorized);
		if (!viewer.siteAdmin()) {
			throw ProblemException.forbidden("Only site administrators see the DCAT-AP overview");
		}
		List<DcatReport> reports = datasets
			.list(DatasetFilter.all().sortedBy("-last_modified"), PageRequest.of(1, OVERVIEW_SIZE))
			.datasets()
			.stream()
			.filter(DcatExport::exported)
			.map(validation::validate)
			.toList();
		model.addAttribute("reports", reports);
		return "rdf/admin";
	}
}
