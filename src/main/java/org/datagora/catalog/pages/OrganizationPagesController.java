package org.datagora.catalog.pages;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datagora.catalog.DatasetFilter;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.identity.Memberships;
import org.datagora.identity.Viewer;
import org.datagora.web.FormErrors;
import org.datagora.web.Markdown;
import org.datagora.web.PageRequest;
import org.datagora.web.Pager;
import org.datagora.web.ProblemException;
import org.datagora.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organization list, an organization's page, the creation form and "my organizations". */
@PageController
class OrganizationPagesController {

	private final Organizations organizations;

	private final Datasets datasets;

	private final MyOrganizations myOrganizations;

	private final Markdown markdown;

	private final Memberships memberships;

	OrganizationPagesController(Organizations organizations, Datasets datasets, MyOrganizations myOrganizations,
			Markdown markdown, Memberships memberships) {
		this.organizations = organizations;
		this.datasets = datasets;
		this.myOrganizations = myOrganizations;
		this.markdown = markdown;
		this.memberships = memberships;
	}

	@GetMapping("/organizations")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest request, Model model) {
		PageRequest pageRequest = PageRequest.of(Math.max(page, 1), DatasetPagesController.PAGE_SIZE);
		Organizations.Listing listing = organizations.list(q, pageRequest);
		model.addAttribute("page", new OrganizationListPage(q == null ? "" : q, listing.organizations(),
				Pager.of(pageRequest, listing.total(), "/organizations", request.getQueryString())));
		return "catalog/organizations";
	}

	@GetMapping("/organizations/{slug}")
	String show(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
			Locale locale, Model model) {
		Organization organization = organizations.get(slug);
		PageRequest pageRequest = PageRequest.of(Math.max(page, 1), DatasetPagesController.PAGE_SIZE);
		DatasetFilter filter = new DatasetFilter(organization.id().toString(), null, null);
		Datasets.Listing listing = datasets.list(filter, pageRequest);
		model.addAttribute("page", new OrganizationPage(organization, markdown.toHtml(organization.description()),
				listing.datasets(), Pager.of(pageRequest, listing.total(), request.getRequestURI(),
						request.getQueryString()),
				Viewer.current()
					.map(viewer -> viewer.siteAdmin() || memberships.roleOf(viewer.id(), organization.id()).isPresent())
					.orElse(false),
				DatasetFeedsController.link(DatasetFeedsController.organizationPath(organization.slug()), locale)));
		return "catalog/organization";
	}

	@GetMapping("/organizations/new")
	String createForm(Model model) {
		model.addAttribute("page", new OrganizationFormPage(OrganizationForm.empty(), FormErrors.none()));
		return "catalog/organizationForm";
	}

	@PostMapping("/organizations/new")
	String create(OrganizationForm form, HttpServletResponse response, Model model) {
		try {
			return "redirect:/organizations/" + organizations.create(form.toInput()).slug();
		}
		catch (ProblemException problem) {
			model.addAttribute("page", new OrganizationFormPage(form, FormErrors.forForm(problem, response)));
			return "catalog/organizationForm";
		}
	}

	@GetMapping("/account/organizations")
	String mine(Model model) {
		Viewer viewer = Viewer.current().orElseThrow(ProblemException::unauthorized);
		model.addAttribute("page", new MyOrganizationsPage(myOrganizations.of(viewer)));
		return "catalog/myOrganizations";
	}
}
