package org.datagora.harvest.pages;

import java.util.Map;
import java.util.UUID;

import org.datagora.catalog.Organization;
import org.datagora.harvest.HarvestSource;
import org.datagora.harvest.HarvestSources;
import org.datagora.identity.Viewer;
import org.datagora.web.PageController;
import org.datagora.web.ProblemException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sources waiting for a site administrator, each to preview, accept or refuse with a note. */
@PageController
class HarvestAdminPageController {

	private final HarvestSources sources;

	private final HarvestPageParts parts;

	HarvestAdminPageController(HarvestSources sources, HarvestPageParts parts) {
		this.sources = sources;
		this.parts = parts;
	}

	@GetMapping("/admin/harvest")
	String page(@RequestParam(required = false) String decided, Model model) {
		// pending() lists every organization's sources: for site administrators only
		if (!Viewer.current().map(Viewer::siteAdmin).orElse(false)) {
			throw ProblemException.forbidden("Only site administrators validate harvest sources");
		}
		var pending = sources.pending();
		Map<UUID, Organization> organizations = parts
			.organizations(pending.stream().map(HarvestSource::organizationId).distinct().toList());
		model.addAttribute("page", new HarvestAdminPage(pending.stream().map(source -> {
			Organization organization = organizations.get(source.organizationId());
			return new HarvestAdminPage.Pending(source, organization == null ? null : organization.ref(),
					parts.protocolLabel(source.protocol()));
		}).toList(), "accepted".equals(decided) || "refused".equals(decided) ? decided : null));
		return "harvest/admin";
	}

	@PostMapping("/admin/harvest/{id}/validation")
	String validate(@PathVariable UUID id, @RequestParam boolean accepted,
			@RequestParam(required = false) String note) {
		sources.validate(id, accepted, note == null || note.isBlank() ? null : note.strip());
		return "redirect:/admin/harvest?decided=" + (accepted ? "accepted" : "refused");
	}
}
