package org.datagora.catalog.pages;

import java.util.List;

import org.datagora.catalog.Organization;
import org.datagora.web.Pager;

public record OrganizationListPage(String q, List<Organization> organizations, Pager pager) {
}
