package org.datagora.catalog.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.identity.Memberships;
import org.datagora.identity.Viewer;
import org.springframework.stereotype.Component;

/** The organizations of the signed-in account, by name, with its role in each. */
@Component
class MyOrganizations {

	private final Memberships memberships;

	private final Organizations organizations;

	MyOrganizations(Memberships memberships, Organizations organizations) {
		this.memberships = memberships;
		this.organizations = organizations;
	}

	List<MyOrganizationsPage.Entry> of(Viewer viewer) {
		List<Memberships.OrganizationRole> roles = memberships.organizationsOf(viewer.id());
		Map<java.util.UUID, Organization> byId = organizations
			.findAll(roles.stream().map(Memberships.OrganizationRole::organizationId).toList());
		return roles.stream()
			.filter(role -> byId.containsKey(role.organizationId()))
			.map(role -> new MyOrganizationsPage.Entry(byId.get(role.organizationId()), role.role()))
			.sorted(Comparator.comparing(entry -> entry.organization().name().toLowerCase()))
			.toList();
	}

	List<Organization.Ref> refs(Viewer viewer) {
		return of(viewer).stream().map(entry -> entry.organization().ref()).toList();
	}
}
