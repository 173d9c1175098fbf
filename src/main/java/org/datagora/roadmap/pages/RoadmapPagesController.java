package org.datagora.roadmap.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.identity.Viewer;
import org.datagora.roadmap.RoadmapEntries;
import org.datagora.roadmap.RoadmapEntry;
import org.datagora.roadmap.RoadmapOverview;
import org.datagora.roadmap.RoadmapStatus;
import org.datagora.roadmap.RoadmapSupports;
import org.datagora.web.Chrome;
import org.datagora.web.Markdown;
import org.datagora.web.PageCache;
import org.datagora.web.PageController;
import org.datagora.web.ProblemException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The national overview, an organization's roadmap and an entry with its timeline. */
@PageController
class RoadmapPagesController {

	/** The order of the groups of an organization's roadmap: what is moving first, what is closed last. */
	private static final List<RoadmapStatus> GROUPS = List.of(RoadmapStatus.IN_PROGRESS, RoadmapStatus.PLANNED,
			RoadmapStatus.POSTPONED, RoadmapStatus.PROPOSED, RoadmapStatus.OPENED, RoadmapStatus.ABANDONED,
			RoadmapStatus.DECLINED);

	private final RoadmapEntries entries;

	private final RoadmapSupports supports;

	private final RoadmapOverview overview;

	private final Organizations organizations;

	private final Datasets datasets;

	private final Markdown markdown;

	private final PageCache pages;

	RoadmapPagesController(RoadmapEntries entries, RoadmapSupports supports, RoadmapOverview overview,
			Organizations organizations, Datasets datasets, Markdown markdown, PageCache pages) {
		this.entries = entries;
		this.supports = supports;
		this.overview = overview;
		this.organizations = organizations;
		this.datasets = datasets;
		this.markdown = markdown;
		this.pages = pages;
	}

	@GetMapping("/roadmaps")
	ModelAndView overview(@ModelAttribute("chrome") Chrome chrome) {
		RoadmapOverview.Overview current = overview.get();
		if (!chrome.signedIn()) {
			// every visitor sees the same overview: it is rendered once per overview and language
			return pages.page(new PageCache.Key(current, chrome.lang() + ' ' + chrome.path()), "roadmap/overview",
					() -> Map.of("chrome", chrome, "page", page(current, chrome)));
		}
		return new ModelAndView("roadmap/overview", Map.of("page", page(current, chrome)));
	}

	private static OverviewPage page(RoadmapOverview.Overview current, Chrome chrome) {
		return new OverviewPage(current, OpeningsChart.of(current.openings(), chrome.locale()));
	}

	@GetMapping("/organizations/{slug}/roadmap")
	String organization(@PathVariable String slug, Model model) {
		Organization organization = organizations.get(slug);
		Map<RoadmapStatus, List<RoadmapEntry>> byStatus = entries.ofOrganization(organization.id())
			.stream()
			.collect(Collectors.groupingBy(RoadmapEntry::status));
		List<OrganizationRoadmapPage.Group> groups = GROUPS.stream()
			.filter(byStatus::containsKey)
			.map(status -> new OrganizationRoadmapPage.Group(status, byStatus.get(status)))
			.toList();
		Viewer viewer = Viewer.current().orElse(null);
		Set<UUID> proposals = byStatus.getOrDefault(RoadmapStatus.PROPOSED, List.of())
			.stream()
			.map(RoadmapEntry::id)
			.collect(Collectors.toSet());
		model.addAttribute("page", new OrganizationRoadmapPage(organization, groups,
				overview.of(organization.id()).orElse(null), supports.supportedBy(viewer, proposals),
				entries.canManage(viewer, organization.id())));
		return "roadmap/organization";
	}

	@GetMapping("/roadmaps/entries/{id}")
	String entry(@PathVariable UUID id, Model model) {
		RoadmapEntry entry = entries.get(id);
		Viewer viewer = Viewer.current().orElse(null);
		model.addAttribute("page", new EntryPage(entry, markdown.toHtml(entry.description()),
				markdown.toHtml(entry.impact()), entries.events(id), datasetTitle(entry),
				supports.supportedBy(viewer, Set.of(id)).contains(id), entries.canManage(viewer, entry.organization().id()),
				entries.canEdit(viewer, entry)));
		return "roadmap/entry";
	}

	/** The title of the dataset an opened entry became, if the viewer may still see it. */
	private String datasetTitle(RoadmapEntry entry) {
		if (entry.datasetId() == null) {
			return null;
		}
		try {
			return datasets.get(entry.datasetId().toString()).title();
		}
		catch (ProblemException gone) {
			return null;
		}
	}
}
