package org.datagora.catalog.pages;

import java.util.List;

import org.datagora.catalog.Organization;
import org.datagora.identity.Role;

/** The organizations of the signed-in account with its role in each. */
public record MyOrganizationsPage(List<Entry> organizations) {

	public record Entry(Organization organization, Role role) {
	}
}
