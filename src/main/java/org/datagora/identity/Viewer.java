package org.datagora.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
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

	/**
	 * Runs {@code work} on behalf of this account, outside any request: demo content, imports,
	 * benchmarks. Permissions are checked as for a request of this account.
	 */
	public <T> T act(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		List<SimpleGrantedAuthority> authorities = siteAdmin
				? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_SITE_ADMIN"))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
		Principal principal = () -> this;
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** What the security layer keeps as principal; implemented inside this module. */
	public interface Principal {

		Viewer viewer();
	}
}
