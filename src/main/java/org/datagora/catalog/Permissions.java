package org.datagora.catalog;

import java.util.UUID;

import org.datagora.identity.Memberships;
import org.datagora.identity.Role;
import org.datagora.identity.Viewer;
import org.datagora.web.ProblemException;
import org.springframework.stereotype.Component;

/** Who may see and change what in the catalog; checked by the services on every read and write. */
@Component
class Permissions {

	private final Memberships memberships;

	Permissions(Memberships memberships) {
		this.memberships = memberships;
	}

	Viewer signedIn() {
		return Viewer.current().orElseThrow(ProblemException::unauthorized);
	}

	boolean isMember(Viewer viewer, UUID organizationId) {
		return viewer.siteAdmin() || memberships.roleOf(viewer.id(), organizationId).isPresent();
	}

	boolean isAdmin(Viewer viewer, UUID organizationId) {
		return viewer.siteAdmin() || memberships.roleOf(viewer.id(), organizationId).filter(Role.ADMIN::equals).isPresent();
	}

	void requireMember(Viewer viewer, UUID organizationId) {
		if (!isMember(viewer, organizationId)) {
			throw ProblemException.forbidden("Only members of the organization may do this");
		}
	}

	void requireAdmin(Viewer viewer, UUID organizationId) {
		if (!isAdmin(viewer, organizationId)) {
			throw ProblemException.forbidden("Only administrators of the organization may do this");
		}
	}

	void requireSiteAdmin(Viewer viewer, String what) {
		if (!viewer.siteAdmin()) {
			throw ProblemException.forbidden("Only site administrators may change " + what);
		}
	}

	/** Editors of a dataset: its owner, the members of its organization, site administrators. */
	boolean canEdit(Viewer viewer, UUID organizationId, UUID ownerId) {
		if (viewer == null) {
			return false;
		}
		if (viewer.siteAdmin() || viewer.id().equals(ownerId)) {
			return true;
		}
		return organizationId != null && memberships.roleOf(viewer.id(), organizationId).isPresent();
	}
}
