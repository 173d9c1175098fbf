package org.datagora.search;

import java.util.Optional;
import java.util.stream.Collectors;

import org.datagora.identity.Memberships;
import org.datagora.identity.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who may see what, as a filter added to every search: anonymous visitors see public documents;
 * members also the private datasets of their organizations, owners their own, site admins all.
 * Built from the signed-in viewer only, never from the request's parameters.
 */
@Component
class Visibility {

	private final Memberships memberships;

	Visibility(Memberships memberships) {
		this.memberships = memberships;
	}

	String filter() {
		Optional<Viewer> viewer = Viewer.current();
		if (viewer.isEmpty()) {
			return "private:false";
		}
		if (viewer.get().siteAdmin()) {
			return "*:*";
		}
		String organizationIds = memberships.organizationsOf(viewer.get().id())
			.stream()
			.map(role -> role.organizationId().toString())
			.collect(Collectors.joining(" "));
		return "private:false OR owner:" + viewer.get().id()
				+ (organizationIds.isEmpty() ? "" : " OR organization:(" + organizationIds + ")");
	}
}
