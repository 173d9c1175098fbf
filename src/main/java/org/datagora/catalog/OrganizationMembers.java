package org.datagora.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datagora.identity.Accounts;
import org.datagora.identity.Memberships;
import org.datagora.identity.Role;
import org.datagora.identity.Viewer;
import org.datagora.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Membership management of an organization, by its admins; an organization keeps at least one admin. */
@Service
public class OrganizationMembers {

	private final Organizations organizations;

	private final Memberships memberships;

	private final Accounts accounts;

	private final Permissions permissions;

	OrganizationMembers(Organizations organizations, Memberships memberships, Accounts accounts,
			Permissions permissions) {
		this.organizations = organizations;
		this.memberships = memberships;
		this.accounts = accounts;
		this.permissions = permissions;
	}

	public List<Memberships.Member> list(String organizationIdOrSlug) {
		Viewer viewer = permissions.signedIn();
		Organization organization = organizations.get(organizationIdOrSlug);
		permissions.requireMember(viewer, organization.id());
		return memberships.membersOf(organization.id());
	}

	/** Adds the account (by e-mail or id) or changes its role. */
	@Transactional
	public List<Memberships.Member> put(String organizationIdOrSlug, String email, UUID accountId, String roleCode) {
		Viewer viewer = permissions.signedIn();
		Organization organization = organizations.lockForUpdate(organizationIdOrSlug);
		permissions.requireAdmin(viewer, organization.id());
		Role role = parseRole(roleCode);
		Optional<Viewer> account = accountId != null ? accounts.find(accountId) : accounts.findByEmail(email);
		UUID id = account.orElseThrow(() -> ProblemException.invalid(accountId != null ? "account_id" : "email",
				"no account with this " + (accountId != null ? "id" : "e-mail address"))).id();
		if (role != Role.ADMIN && isLastAdmin(organization.id(), id)) {
			throw ProblemException.conflict("This member is the last admin of the organization");
		}
		memberships.put(organization.id(), id, role);
		return memberships.membersOf(organization.id());
	}

	@Transactional
	public void remove(String organizationIdOrSlug, UUID accountId) {
		Viewer viewer = permissions.signedIn();
		Organization organization = organizations.lockForUpdate(organizationIdOrSlug);
		if (!viewer.id().equals(accountId)) {
			permissions.requireAdmin(viewer, organization.id());
		}
		if (isLastAdmin(organization.id(), accountId)) {
			throw ProblemException.conflict("This member is the last admin of the organization");
		}
		if (!memberships.remove(organization.id(), accountId)) {
			throw ProblemException.notFound("Member " + accountId);
		}
	}

	private boolean isLastAdmin(UUID organizationId, UUID accountId) {
		return memberships.roleOf(accountId, organizationId).filter(Role.ADMIN::equals).isPresent()
				&& memberships.adminCount(organizationId) <= 1;
	}

	private static Role parseRole(String code) {
		if ("admin".equals(code)) {
			return Role.ADMIN;
		}
		if ("editor".equals(code)) {
			return Role.EDITOR;
		}
		throw ProblemException.invalid("role", "must be admin or editor");
	}
}
