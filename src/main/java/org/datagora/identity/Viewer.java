package org.datagora.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in account behind the current request (session or API token). */
public record Viewer(UUID id, String email, String displayName, boolean siteAdmin) {

	/** The viewer of the current request, empty for anonymous visitors. */
	public static Optional<Viewer> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Principal principal) {
			return Optional.of(principal.viewer());
		}
		return Optional.empty();
	}

	/** What the security layer keeps as principal; implemented inside this module. */
	public interface Principal {

		Viewer viewer();
	}
}
