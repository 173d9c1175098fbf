package org.datagora.catalog.pages;

import java.util.List;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.Organization;
import org.datagora.web.Pager;

/**
 * An organization with its datasets, page by page; {@code member} when the viewer belongs to it
 * (or runs the site), to link its harvest sources; {@code feed} the address of its Atom feed in the
 * page's language.
 */
public record OrganizationPage(Organization organization, String descriptionHtml, List<Dataset> datasets,
		Pager pager, boolean member, String feed) {
}
