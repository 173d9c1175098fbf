package org.datagora.requests;

import java.util.UUID;

import org.datagora.identity.Memberships;
import org.datagora.identity.Viewer;
import org.datagora.web.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a request: anyone reads; an account asks, supports, follows, comments and
 * reports; members of the holding organization (and site administrators) answer and moderate;
 * only the requester withdraws.
 */
@Component
class RequestPermissions {

	private final Memberships memberships;

	RequestPermissions(Memberships memberships) {
		this.memberships = memberships;
	}

	static Viewer signedIn() {
		return Viewer.current().orElseThrow(ProblemException::unauthorized);
	}

	/** Whether the viewer answers for {@code organizationId}: a member of it or a site administrator. */
	boolean answersFor(Viewer viewer, UUID organizationId) {
		if (viewer == null) {
			return false;
		}
		return viewer.siteAdmin()
				|| organizationId != null && memberships.roleOf(viewer.id(), organizationId).isPresent();
	}

	void requireAnswersFor(Viewer viewer, UUID organizationId) {
		if (!answersFor(viewer, organizationId)) {
			throw ProblemException.forbidden(organizationId == null
					? "Only site administrators may assign a request that no organization holds"
					: "Only members of the organization holding the request, and site administrators, may do this");
		}
	}
}
